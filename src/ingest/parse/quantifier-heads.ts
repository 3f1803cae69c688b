/**
 * "ist bei weit mehr als 100 Kommunen im Einsatz": the parser may make the comparative the head
 * of the phrase, with the preposition its case and the counted noun its modifier. The counted
 * noun is the phrase's head; the comparative and its "als" modify the number, as the parser reads
 * "in mehr als 100 Kommunen".
 */
import type { ParseToken, Patch } from "./align.js";
import { NOMINAL } from "./labels.js";

const COMPARATIVE = /^(mehr|weniger)$/i;

export function quantifierAsHead(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (!COMPARATIVE.test(token.word) || !/^(obl|nmod)/.test(token.dep)) return [];
  const own = tokens.filter((t) => t.head === token.index);
  const cases = own.filter((t) => t.dep === "case" && t.index < token.index);
  const counted = own.find((t) => /^nmod/.test(t.dep) && NOMINAL.test(t.pos) && t.index > token.index);
  if (cases.length === 0 || !counted) return [];
  const than = tokens.find((t) => t.head === counted.index && t.dep === "case" && /^als$/i.test(t.word));
  const number = tokens.find((t) => t.head === counted.index && t.dep === "nummod");
  if (!than || !number || than.index !== token.index + 1) return [];
  return [
    [counted.index, { dep: token.dep, head: token.head }],
    ...cases.map((t): Patch => [t.index, { head: counted.index }]),
    [token.index, { dep: "advmod", head: number.index }],
    [than.index, { dep: "fixed", head: token.index }],
  ];
}
