/**
 * "Als eine von vier Pilotkommunen bietet die Stadt Rostock den Dienst an", "Als einer von zwei
 * Stellvertretern wurde Landrat Peter Maier gewählt": the parser reads the pronoun of "als eine
 * von ..." as the verb's subject, and the subject after the verb as an object or as a second
 * subject. "Als eine/einer/eines ..." is a predicate of the subject, not the subject: the pronoun
 * is an oblique with "als" its preposition; the verb's first object after it without a
 * preposition (where a fronted phrase leaves the subject in German) is the subject, unless the
 * verb has one. Where the pronoun is already the oblique, the parser may hang the many on the
 * verb: they are the pronoun's.
 */
import type { ParseToken, Patch } from "./align.js";

const ONE = /^ein(?:e|er|es)$/i;
const OBJECT = /^(obj|iobj|obl:arg)$/;

export function oneOfMany(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.dep === "obl" && ONE.test(token.word))
    return /^als$/i.test(tokens[token.index - 1]?.word ?? "") ? manyOnVerb(token, tokens) : [];
  if (!/^nsubj(:pass)?$/.test(token.dep) || !ONE.test(token.word)) return [];
  const als = tokens[token.index - 1];
  if (!als || !/^als$/i.test(als.word) || als.head !== token.head || !/^(mark|case)$/.test(als.dep))
    return [];
  const verb = token.head;
  const asOblique: Patch[] = [
    [token.index, { dep: "obl" }],
    [als.index, { dep: "case", head: token.index }],
    ...manyOnVerb(token, tokens),
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

/**
 * "Als eine von vier Pilotkommunen bietet ...": the parser may hang the "von" phrase of the many
 * on the verb (as its agent or an oblique); it is the pronoun's.
 */
function manyOnVerb(token: ParseToken, tokens: ParseToken[]): Patch[] {
  const von = tokens[token.index + 1];
  if (!von || !/^von$/i.test(von.word) || von.dep !== "case") return [];
  const many = tokens[von.head];
  if (!many || many.head !== token.head || !/^obl/.test(many.dep)) return [];
  return [[many.index, { dep: "nmod", head: token.index }]];
}
