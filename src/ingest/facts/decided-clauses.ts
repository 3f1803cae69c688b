/**
 * What was decided when a decision verb has no noun object: a short "zu" infinitive
 * ("beschlossen, X zu entwickeln" -> "X entwickeln"), a "dass" clause ("beschließt, dass die
 * Länder X einführen"), or the purpose of decisions taken ("fasste Beschlüsse, um X
 * voranzubringen"). Each as written, for adopt-rules.ts.
 */
import type { Clause } from "./clause.js";
import { bareInfinitive, infinitivePhrase } from "./decided-text.js";

const INFINITIVE_WORDS = 12;
const CLAUSE_WORDS = 16;

/** Nouns that say a decision was taken, not what it was. */
export const DECISION_NOUN = /^(Beschluss|Beschlüsse|Beschlüssen)$/;

/** "um die Verwaltungsdigitalisierung voranzubringen": the purpose clause of the verb, as written. */
export function purposeOf(clause: Clause, verb: number): string {
  const purpose = clause
    .children(verb, /^advcl$/)
    .find((t) => clause.children(t.index, /^mark$/).some((m) => /^um$/i.test(m.word)));
  return purpose ? infinitivePhrase(clause, purpose.index) : "";
}

/** "beschlossen, X zu entwickeln": the infinitive clause without its "zu", when it is short. */
export function infinitiveText(clause: Clause, verb: number): string {
  const clauses = clause
    .children(verb, /^(xcomp|ccomp)$/)
    .filter((t) => t.pos === "VERB" && clause.children(t.index, /^nsubj/).length === 0);
  if (clauses.length !== 1 || clause.children(clauses[0]!.index, /^obj$/).length === 0) return "";
  const words = clause.subtree(
    clauses[0]!.index,
    (t) => t.dep === "mark" || t.word === "," || /^(nsubj|advcl|parataxis)/.test(t.dep),
  );
  if (words.length > INFINITIVE_WORDS) return "";
  // "einzurichten" is "einrichten".
  return bareInfinitive(clause.runs(words));
}

/** "beschließt, dass die Strategie bis Mai vorliegt": the "dass" clause as written, without a clause conjoined to it. */
export function decidedClause(clause: Clause, verb: number): string {
  const that = clause
    .children(verb, /^ccomp$/)
    .find((t) => clause.children(t.index, /^mark$/).some((m) => /^dass$/i.test(m.word)));
  if (!that || clause.isNegated(that.index)) return "";
  const words = clause
    .subtree(that.index, (t) => t.head === that.index && /^(mark|cc|conj|parataxis|advcl)/.test(t.dep))
    .filter((i) => clause.tokens[i]!.pos !== "PUNCT" || clause.tokens[i]!.word === "-");
  return words.length > CLAUSE_WORDS ? "" : clause.runs(words);
}
