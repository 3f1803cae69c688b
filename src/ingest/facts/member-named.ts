/**
 * Members named right after a member noun with their body: "die Vitako-Mitglieder Lecos und KISA",
 * "die drei neuen VITAKO Mitglieder vote iT, nextgov iT und IT-Verbund Landsberg", "die Mitglieder
 * der Vitako Lecos und KISA". Read from the words (the parser joins the names to the body in many
 * ways): the organisation right before the noun (or joined to it by a hyphen) or in its genitive
 * right after it, then the names listed after that (`View.listedWith`).
 */
import type { Mention } from "../entities/mentions.js";
import type { View } from "../parse/view.js";
import { isMember, type Target } from "./member-rules.js";

const MEMBER = /^(Mitglied|Mitglieder)$/;
const GENITIVE = /^(der|des)$/;

export function namedMembers(view: View, noun: number): { members: Mention[]; body: Target } | undefined {
  if (!MEMBER.test(view.tokens[noun]!.word)) return undefined;
  const before = view.tokens[noun - 1]?.word === "-" ? noun - 2 : noun - 1;
  const named = organisationAt(view, before);
  const genitive =
    !named && GENITIVE.test(view.tokens[noun + 1]?.word ?? "") ? organisationAt(view, noun + 2) : undefined;
  const body = named ?? genitive;
  if (!body) return undefined;
  const at = named ? noun + 1 : afterMention(view, genitive!);
  const first = view.mentionAt(at);
  if (!first || first.start !== view.tokens[at]!.start || first.entity.id === body.entity.id)
    return undefined;
  // The first name and the ones listed after it (the list as the view reads it from the words).
  const members = view
    .listedWith(first, isMember)
    .filter((m) => m.start >= first.start && m.entity.id !== body.entity.id);
  return { members, body: { entity: body.entity, penalty: 0 } };
}

function organisationAt(view: View, index: number): Mention | undefined {
  const mention = index >= 0 ? view.mentionAt(index) : undefined;
  return mention?.entity.type === "Organization" && mention.entity.kind !== "company" ? mention : undefined;
}

/** The index of the first token after a mention. */
function afterMention(view: View, mention: Mention): number {
  const next = view.tokens.findIndex((t) => t.start >= mention.end);
  return next < 0 ? view.tokens.length : next;
}
