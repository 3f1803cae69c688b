/**
 * Repairs of parser readings that no rule should have to know about. One so far:
 *   counted subject  "Mehr als 200 Kommunen nutzen den Dienst", "Über 200 Kommunen nutzen ihn":
 *                    the parser reads the quantifier's "als" / "über" as a preposition and the
 *                    counted noun as an oblique of a verb that then has no subject; the noun is
 *                    the subject, the quantifier word a modifier of its number.
 */
import type { ParseToken } from "./align.js";

const SUBJECT = /^(nsubj|nsubj:pass|expl|csubj)$/;
/** Quantifiers read as prepositions: "mehr als", "weniger als", "über", "knapp über". */
const QUANTIFIER_CASE = /^(als|über)$/i;
const COMPARATIVE = /^(mehr|weniger)$/i;

export function repairParse(tokens: ParseToken[]): ParseToken[] {
  const patches = new Map<number, Partial<ParseToken>>();
  for (const token of tokens)
    for (const [index, patch] of countedSubject(token, tokens)) patches.set(index, patch);
  return patches.size === 0 ? tokens : tokens.map((t) => ({ ...t, ...patches.get(t.index) }));
}

function countedSubject(token: ParseToken, tokens: ParseToken[]): [number, Partial<ParseToken>][] {
  if (token.dep !== "case" || !QUANTIFIER_CASE.test(token.word)) return [];
  const noun = tokens[token.head];
  if (!noun || noun.dep !== "obl" || !/^(NOUN|PROPN)$/.test(noun.pos) || noun.index < token.index) return [];
  const verb = tokens[noun.head];
  if (!verb || !/^(VERB|AUX)$/.test(verb.pos) || verb.index < noun.index) return [];
  // The number follows the quantifier and counts the noun: "über 200 Kommunen", "mehr als 200 Kommunen".
  const number = tokens[token.index + 1];
  if (!number || number.pos !== "NUM" || number.head !== noun.index) return [];
  if (/^als$/i.test(token.word) && !COMPARATIVE.test(tokens[token.index - 1]?.word ?? "")) return [];
  if (tokens.some((t) => t.head === verb.index && SUBJECT.test(t.dep))) return [];
  return [
    [token.index, { dep: "advmod", head: number.index }],
    [noun.index, { dep: "nsubj" }],
  ];
}
