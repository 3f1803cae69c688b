/**
 * "Den Vorsitz der Digitalministerkonferenz hat in diesem Jahr Hessen": the parser reads the name
 * right after a year's phrase as the year's apposition. A year names no one: the name is the
 * verb's subject where the verb has none, else its object where it has none (as a name after a
 * month, repair.ts).
 */
import type { ParseToken, Patch } from "./align.js";
import { SUBJECT } from "./labels.js";

const YEAR = /^(Jahr|Halbjahr)$/;
const NAMED = /^(LOCATION|ORGANIZATION|PERSON)$/;

export function nameAfterYear(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (!YEAR.test(token.word) || token.dep !== "obl") return [];
  const name = tokens[token.index + 1];
  if (!name || name.head !== token.index || !/^(appos|flat)$/.test(name.dep) || !NAMED.test(name.ner))
    return [];
  const verb = tokens[token.head];
  if (!verb || !/^(VERB|AUX)$/.test(verb.pos)) return [];
  const own = tokens.filter((t) => t.head === verb.index);
  if (!own.some((t) => SUBJECT.test(t.dep))) return [[name.index, { dep: "nsubj", head: verb.index }]];
  if (!own.some((t) => t.dep === "obj")) return [[name.index, { dep: "obj", head: verb.index }]];
  return [];
}
