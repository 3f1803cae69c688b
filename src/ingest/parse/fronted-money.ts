/**
 * "Insgesamt 1,2 Millionen Euro stellt das Land Brandenburg für das Projekt bereit", "Rund 5
 * Millionen Euro stellt der Bund zur Verfügung": the parser reads money opening the clause as the
 * verb's subject and the subject after the verb as its object. Money gives nothing: where an
 * active verb has money for its subject and a noun without a preposition after it, the noun is
 * the subject and the money the object.
 */
import type { ParseToken, Patch } from "./align.js";
import { NOMINAL } from "./labels.js";

/** The unit of an amount of money: "19.000 €", "2 Millionen Euro". */
export const MONEY_UNIT = /^(Euro|EUR|€|Millionen|Milliarden|Mio\.?|Mrd\.?)$/;
const ARGUMENT = /^(obj|obl:arg|iobj)$/;

const CURRENCY = /^(Euro|EUR|€)$/;

export function frontedMoney(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.dep !== "nsubj" || !MONEY_UNIT.test(token.word)) return [];
  // Money, not a count ("Zwei Millionen nutzen die App"): the currency is the word or hangs on it.
  if (!CURRENCY.test(token.word) && !tokens.some((t) => t.head === token.index && CURRENCY.test(t.word)))
    return [];
  const verb = token.head;
  if (!tokens[verb] || tokens[verb].index < token.index) return [];
  if (tokens.some((t) => t.head === verb && /^(aux:pass|nsubj:pass)$/.test(t.dep))) return [];
  const subject = tokens.find(
    (t) =>
      t.head === verb &&
      ARGUMENT.test(t.dep) &&
      t.index > verb &&
      !MONEY_UNIT.test(t.word) &&
      NOMINAL.test(t.pos) &&
      !tokens.some((c) => c.head === t.index && c.dep === "case"),
  );
  if (!subject) return [];
  return [
    [subject.index, { dep: "nsubj" }],
    [token.index, { dep: "obj" }],
  ];
}
