/**
 * "Als eine von vier Pilotkommunen bietet die Stadt Rostock den Dienst an", "Als einer von zwei
 * Stellvertretern wurde Landrat Peter Maier gewählt": the parser reads the pronoun of "als eine
 * von ..." as the verb's subject, and the subject after the verb as an object or as a second
 * subject. "Als eine/einer/eines ..." is a predicate of the subject, not the subject: the pronoun
 * is an oblique with "als" its preposition; the verb's first object after it without a
 * preposition (where a fronted phrase leaves the subject in German) is the subject, unless the
 * verb has one.
 */
import type { ParseToken } from "./align.js";

type Patch = [number, Partial<ParseToken>];

const ONE = /^ein(?:e|er|es)$/i;
const OBJECT = /^(obj|iobj|obl:arg)$/;

export function oneOfMany(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (!/^nsubj(:pass)?$/.test(token.dep) || !ONE.test(token.word)) return [];
  const als = tokens[token.index - 1];
  if (!als || !/^als$/i.test(als.word) || als.head !== token.head || !/^(mark|case)$/.test(als.dep))
    return [];
  const verb = token.head;
  const asOblique: Patch[] = [
    [token.index, { dep: "obl" }],
    [als.index, { dep: "case", head: token.index }],
  ];
  if (tokens.some((t) => t.head === verb && t.dep === token.dep && t.index !== token.index)) return asOblique;
  const subject = tokens.find(
    (t) =>
      t.head === verb &&
      OBJECT.test(t.dep) &&
      t.index > token.index &&
      !tokens.some((c) => c.head === t.index && c.dep === "case"),
  );
  return subject ? [...asOblique, [subject.index, { dep: token.dep }]] : [];
}
