/**
 * Members named right after a member noun with their body: "die Vitako-Mitglieder Lecos und KISA",
 * "die drei neuen VITAKO Mitglieder vote iT, nextgov iT und IT-Verbund Landsberg", "die Mitglieder
 * der Vitako Lecos und KISA". Read from the words (the parser joins the names to the body in many
 * ways): the organisation right before the noun (or joined to it by a hyphen) or in its genitive
 * right after it, then the names listed after that, joined by commas, "und" or "sowie".
 */
import type { Mention } from "../entities/mentions.js";
import type { View } from "../parse/view.js";
import type { Target } from "./member-rules.js";

const MEMBER = /^(Mitglied|Mitglieder)$/;
const GENITIVE = /^(der|des)$/;
const JOINER = /^(,|und|sowie)$/;

export function namedMembers(view: View, noun: number): { members: Mention[]; body: Target } | undefined {
  if (!MEMBER.test(view.tokens[noun]!.word)) return undefined;
  const before = view.tokens[noun - 1]?.word === "-" ? noun - 2 : noun - 1;
  const named = organisationAt(view, before);
  const genitive =
    !named && GENITIVE.test(view.tokens[noun + 1]?.word ?? "") ? organisationAt(view, noun + 2) : undefined;
  const body = named ?? genitive;
  if (!body) return undefined;
  const members: Mention[] = [];
  let at = named ? noun + 1 : afterMention(view, genitive!);
  for (;;) {
    const member = view.mentionAt(at);
    if (!member || member.start !== view.tokens[at]!.start || member.entity.id === body.entity.id) break;
    members.push(member);
    at = afterMention(view, member);
    if (!JOINER.test(view.tokens[at]?.word ?? "")) break;
    at += 1;
  }
  return members.length > 0 ? { members, body: { entity: body.entity, penalty: 0 } } : undefined;
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
