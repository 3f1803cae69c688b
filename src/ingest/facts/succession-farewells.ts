/**
 * succeeds from one role named twice in a sentence, once as coming and once as going: "Der
 * designierte Verbandsvorsitzende, Landrat Stefan Dallinger, dankte dem scheidenden
 * Verbandsvorsitzenden, Landrat Ulrich Fiedler", "Die neue Leiterin Anna Lenz begrüßte den
 * bisherigen Leiter Peter Kern". The holders are the people the role claims of the sentence give
 * each role (offices.ts reads them); the role is the same where both words have a base form in
 * common ("Verbandsvorsitzende", "Verbandsvorsitzenden"; "Leiterin", "Leiter"). For review.
 */
import type { RoleClaim } from "../entities/people.js";
import { View, type ParsedSentence } from "../parse/view.js";
import { roleForms } from "./office-phrase.js";
import type { SuccessionClaim } from "./succession-verbs.js";

const COMING = /^(designierte[rn]?|neue[rn]?|künftige[rn]?|neugewählte[rn]?|frischgewählte[rn]?)$/i;
const GOING = /^(scheidende[rn]?|ausscheidende[rn]?|bisherige[rn]?|abgelöste[rn]?)$/i;

/**
 * A role word's base forms without the feminine ending: "Leiterin" and "Leiter" share "Leiter",
 * "Landrätin" and "Landrat" share "Landrat".
 */
function bases(word: string): Set<string> {
  return new Set(roleForms(word).map((w) => w.replace(/in(nen)?$/, "").replace(/ä(?=[^aäeiouü]*$)/, "a")));
}

export function findFarewells(sentence: ParsedSentence & { roles: RoleClaim[] }): SuccessionClaim[] {
  const view = new View(sentence);
  const holderOf = (index: number) =>
    sentence.roles.find((r) => r.index === view.tokens[index]!.start)?.person;
  const marked = (pattern: RegExp) =>
    view.tokens.filter(
      (t) =>
        /^(NOUN|PROPN)$/.test(t.pos) && view.children(t.index, /^amod$/).some((a) => pattern.test(a.word)),
    );
  const claims: SuccessionClaim[] = [];
  for (const coming of marked(COMING))
    for (const going of marked(GOING)) {
      const shared = [...bases(coming.word)].some((b) => bases(going.word).has(b));
      const successor = holderOf(coming.index);
      const predecessor = holderOf(going.index);
      if (!shared || !successor || !predecessor || view.negated(coming.head)) continue;
      if (successor.entity.id === predecessor.entity.id) continue;
      claims.push({ successor, predecessor, confidence: 0.65, rule: "coming-and-going" });
    }
  return claims;
}
