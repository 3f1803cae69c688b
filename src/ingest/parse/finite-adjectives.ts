/**
 * "In ihrem Auftrag entwickelte Dataport den Onlinedienst X", "In der Region erhalten Kommunen ...
 * eine Förderung": the tagger reads the finite verb in second place as an adjective of the noun
 * after it, and the sentence then has no verb at all. Where no token is a verb or an auxiliary, a
 * word in lower case ending in "-te", "-ten" or "-en" right after the sentence's first phrase, the
 * modifier of the noun the parser made the root, is the verb: that noun is its subject, and a noun
 * the parser hung on that noun with an article of the accusative (or as a second subject) is its
 * object.
 */
import type { ParseToken, Patch } from "./align.js";
import { NOMINAL } from "./labels.js";
import { objectsOn } from "./objects.js";

const FINITE_ENDING = /^\p{Ll}+(te|ten|en)$/u;

export function finiteVerbAsAdjective(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.pos !== "ADJ" || !FINITE_ENDING.test(token.word)) return [];
  if (tokens.some((t) => t.pos === "VERB" || t.pos === "AUX")) return [];
  const noun = tokens[token.head];
  if (!noun || noun.head >= 0 || token.dep !== "amod" || noun.index !== token.index + 1) return [];
  if (!NOMINAL.test(noun.pos) || !inSecondPlace(token, tokens)) return [];
  const objects = objectsOn(noun, tokens, /^(nmod|nsubj)$/);
  if (objects.length === 0) return [];
  return [
    [token.index, { pos: "VERB", dep: noun.dep, head: -1 }],
    [noun.index, { dep: "nsubj", head: token.index }],
    ...objects.map((t): Patch => [t.index, { dep: "obj", head: token.index }]),
    // What hung on the noun outside its own phrase hangs on the verb: the fronted phrase, the full stop.
    ...tokens
      .filter((t) => t.head === noun.index && (t.index < token.index || t.dep === "punct"))
      .map((t): Patch => [t.index, { head: token.index }]),
  ];
}

/** Everything before the word is one phrase, hung on it or on the noun after it. */
function inSecondPlace(token: ParseToken, tokens: ParseToken[]): boolean {
  if (token.index === 0) return false;
  const anchors = new Set([token.index, token.head]);
  const heads = tokens
    .slice(0, token.index)
    .filter((t) => !tokens.slice(0, token.index).some((o) => o.index === t.head));
  return heads.length === 1 && anchors.has(heads[0]!.head);
}
