/**
 * "Seit 2015 ist Tobias Reiter Staatssekretär im Innenministerium", "Zuvor war Anna Keller CIO des
 * Landes": after a fronted phrase the parser may read the role right after the name as one more
 * part of the name, and make the name the copula's predicate with everything else of the clause
 * on it. The role is the predicate: it takes the name's place, the name is its subject, and the
 * copula and the clause's other phrases are the role's.
 */
import type { ParseToken, Patch } from "./align.js";
import { isRoleWord } from "../entities/people.js";

export function roleInName(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.dep !== "flat" || token.ner === "PERSON" || !isRoleWord(token.word)) return [];
  const name = tokens[token.head];
  if (!name || name.ner !== "PERSON" || name.index > token.index) return [];
  const children = tokens.filter((t) => t.head === name.index);
  if (!children.some((t) => t.dep === "cop")) return [];
  // The role right after the name's own parts: "Tobias Reiter Staatssekretär", not "Tobias
  // Staatssekretär Reiter".
  const parts = children.filter((t) => t.dep === "flat" && t.index < token.index);
  if (parts.some((t, i) => t.index !== name.index + 1 + i) || name.index + 1 + parts.length !== token.index)
    return [];
  const moved = children.filter((t) => t.index !== token.index && !parts.includes(t));
  return [
    [token.index, { dep: name.dep, head: name.head, pos: "NOUN" }],
    [name.index, { dep: "nsubj", head: token.index }],
    ...moved.map((t): Patch => [t.index, { head: token.index }]),
  ];
}
