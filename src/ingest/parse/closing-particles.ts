/**
 * "bietet die Stadt Rostock ab sofort die elektronische Wohnsitzanmeldung an.": the parser may
 * read a verb's separable particle at the clause's end as a preposition after the noun before it
 * (and the noun as an oblique). German has no such postpositions: the word is the verb's particle,
 * the noun without a preposition its object.
 */
import type { ParseToken, Patch } from "./align.js";
import { NOMINAL } from "./labels.js";

const PARTICLE = /^(an|auf|aus|ein|vor|ab|bei|um|teil|fest|dar|zurück|fort|los|mit)$/;

export function particleAsPostposition(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.dep !== "case" || !PARTICLE.test(token.word)) return [];
  const next = tokens[token.index + 1];
  if (next && next.pos !== "PUNCT") return [];
  const noun = tokens[token.head];
  if (!noun || noun.index > token.index || !NOMINAL.test(noun.pos) || noun.dep !== "obl") return [];
  const verb = tokens[noun.head];
  if (!verb || verb.pos !== "VERB" || verb.index > noun.index) return [];
  if (tokens.some((t) => t.head === verb.index && t.dep === "compound:prt")) return [];
  const otherCase = tokens.some((t) => t.head === noun.index && t.dep === "case" && t.index !== token.index);
  return [
    [token.index, { dep: "compound:prt", head: verb.index }],
    ...(otherCase ? [] : [[noun.index, { dep: "obj" }] as Patch]),
  ];
}
