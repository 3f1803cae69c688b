/**
 * chairs named by a chair noun with its body and its person (rule chair-noun):
 *   "die diesjährige Vorsitzende des IT-Planungsrats, Cornelia Rogall-Grothe, ..."
 *   "durch den diesjährigen Vorsitz des IT-Planungsrats, Patrick Burghardt, ..."
 *   "Vorsitzender des IT-Planungsrats im Jahr 2019 Hans-Henning Lühr"
 *   "Dirk Schrödter, Chef der Staatskanzlei und Vorsitzender des Verwaltungsrats von Dataport"
 * The body follows the noun ("des"/"der"/"im"), or an organ of an organisation does
 * ("Verwaltungsrat von Dataport" is Dataport's). The person follows the body, separated at most
 * by a comma or a time phrase, or is the one the noun describes (the person the phrase is
 * conjoined or in apposition with). Copulas, "unter dem Vorsitz" and a chair taken by a verb
 * are the other rules' (chair-rules.ts, office-rules.ts).
 */
import type { Mention } from "../entities/mentions.js";
import type { KnownEntity } from "../types.js";
import type { View } from "../parse/view.js";

const CHAIR_NOUN = /^(Vorsitzende|Vorsitzender|Vorsitzenden|Vorsitz|Vorsitzes)$/;
const ORGAN =
  /^(Verwaltungsrat|Verwaltungsrats|Verwaltungsrates|Aufsichtsrat|Aufsichtsrats|Aufsichtsrates|Vorstand|Vorstands|Vorstandes|Kuratorium|Kuratoriums|Beirat|Beirats|Beirates)$/;
/** Words allowed between the body and the person: a comma, a time phrase. */
const GAP = /^(,|in|im|dem|Jahr|Jahre|\d{4})$/;

export interface ChairNounClaim {
  holder: Mention;
  body: KnownEntity;
  confidence: number;
  rule: string;
}

const isBody = (m: Mention) => m.entity.type === "Organization" && m.entity.kind === "body";

/** The body after the chair noun: "des IT-Planungsrats", "des Verwaltungsrats von Dataport". */
function bodyAfter(view: View, index: number): { body: KnownEntity; last: number } | undefined {
  const next = view.tokens[index + 1];
  if (!next || !/^(des|der|im|in|dem)$/i.test(next.word)) return undefined;
  for (let i = index + 2; i < Math.min(view.tokens.length, index + 6); i += 1) {
    const mention = view.mentionAt(i);
    if (mention && isBody(mention)) return { body: mention.entity, last: lastTokenOf(view, mention, i) };
    if (ORGAN.test(view.tokens[i]!.word) && /^(von|der|des)$/i.test(view.tokens[i + 1]?.word ?? "")) {
      const owner = view.mentionAt(i + 2) ?? view.mentionAt(i + 3);
      if (owner?.entity.type === "Organization")
        return { body: owner.entity, last: lastTokenOf(view, owner, i + 2) };
    }
    if (mention) return undefined;
  }
  return undefined;
}

function lastTokenOf(view: View, mention: Mention, from: number): number {
  let last = from;
  while (view.tokens[last + 1] && view.tokens[last + 1]!.end <= mention.end) last += 1;
  return last;
}

/** The person right after the body, past a comma or a time phrase. */
function personAfter(view: View, last: number): Mention | undefined {
  for (let i = last + 1; i < Math.min(view.tokens.length, last + 6); i += 1) {
    const person = view.personAt(i);
    if (person) return person;
    if (!GAP.test(view.tokens[i]!.word)) return undefined;
  }
  return undefined;
}

/** The person the noun's phrase describes: up through conj and appos heads. */
function describedPerson(view: View, index: number): Mention | undefined {
  let at = index;
  for (let step = 0; step < 3; step += 1) {
    const token = view.tokens[at]!;
    if (!/^(conj|appos)$/.test(token.dep) || token.head < 0) return undefined;
    at = token.head;
    const person = view.personAt(at);
    if (person) return person;
  }
  return undefined;
}

export function findChairNouns(view: View): ChairNounClaim[] {
  const claims: ChairNounClaim[] = [];
  view.tokens.forEach((token, index) => {
    if (!CHAIR_NOUN.test(token.word)) return;
    if (view.children(index, /^(case|cop)$/).some((c) => /^(unter|ist|war|sind)$/i.test(c.word))) return;
    if (/^obj$/.test(token.dep)) return;
    const found = bodyAfter(view, index);
    if (!found) return;
    const after = personAfter(view, found.last);
    const holder = after ?? describedPerson(view, index);
    if (!holder || holder.form === "anaphor") return;
    claims.push({ holder, body: found.body, confidence: after ? 0.8 : 0.75, rule: "chair-noun" });
  });
  return claims;
}
