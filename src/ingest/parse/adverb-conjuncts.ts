/**
 * "bietet erstmals und ab sofort die elektronische Wohnsitzanmeldung an", "setzt ab sofort und
 * landesweit den digitalen Bauantrag ein": the parser reads the object after two joined adverbs
 * as a conjunct of the first adverb, or of the verb (with the verb's particle on it). An adverb or
 * a verb is never joined with a noun phrase: a noun with its article, joined to the verb or to an
 * adverb of the verb after an adverb of it, is the verb's object where the verb has none, and a
 * particle hung on it is the verb's.
 */
import type { ParseToken, Patch } from "./align.js";
import { NOMINAL } from "./labels.js";

export function adverbConjunct(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.dep !== "conj" || !NOMINAL.test(token.pos)) return [];
  if (!tokens.some((t) => t.head === token.index && t.dep === "det")) return [];
  const joined = tokens[token.head];
  if (!joined) return [];
  const verb = joined.pos === "ADV" && joined.dep === "advmod" ? joined.head : joined.index;
  if (tokens[verb]?.pos !== "VERB") return [];
  const adverbs = tokens.filter(
    (t) =>
      t.head === verb && t.dep === "advmod" && t.pos === "ADV" && t.index > verb && t.index < token.index,
  );
  if (adverbs.length === 0 || tokens.some((t) => t.head === verb && t.dep === "obj")) return [];
  return [
    [token.index, { dep: "obj", head: verb }],
    ...tokens
      .filter((t) => t.head === token.index && t.dep === "compound:prt")
      .map((t): Patch => [t.index, { head: verb }]),
  ];
}
