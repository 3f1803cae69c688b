/**
 * "Der Landkreis nimmt als eine von fünf Modellkommunen am Projekt X teil": the parser may hang a
 * verb's separable particle on a noun of a phrase between them. A particle belongs to a verb: it is
 * the particle of the nearest verb above the noun, before it, where that verb has none of its own.
 */
import type { ParseToken, Patch } from "./align.js";

/** How far up from the noun the verb may stand. */
const DEPTH = 4;

export function particleOnNoun(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.dep !== "compound:prt") return [];
  const head = tokens[token.head];
  if (!head || !/^(NOUN|PROPN|DET|PRON)$/.test(head.pos)) return [];
  let verb = head.head;
  for (let hops = 0; verb >= 0 && hops < DEPTH && tokens[verb]!.pos !== "VERB"; hops += 1)
    verb = tokens[verb]!.head;
  if (verb < 0 || tokens[verb]!.pos !== "VERB" || verb > token.index) return [];
  if (tokens.some((t) => t.head === verb && t.dep === "compound:prt")) return [];
  return [[token.index, { head: verb }]];
}
