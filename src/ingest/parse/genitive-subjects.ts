/**
 * "wird zum Leiter der Abteilung Digitalisierung im Innenministerium ernannt": the parser may read
 * a genitive right after a noun of the verb as a second subject of that verb. A verb has one
 * subject: a further one opened by "der" or "des" that follows a noun of the same verb without a
 * gap is that noun's genitive.
 */
import type { ParseToken, Patch } from "./align.js";
import { NOMINAL } from "./labels.js";

const NOMINAL_SUBJECT = /^(nsubj|nsubj:pass)$/;
const GENITIVE_DETERMINER = /^(der|des)$/i;

export function genitiveAsSubject(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (!NOMINAL_SUBJECT.test(token.dep) || !NOMINAL.test(token.pos)) return [];
  const determiner = tokens[token.index - 1];
  if (!determiner || determiner.head !== token.index || !GENITIVE_DETERMINER.test(determiner.word)) return [];
  const siblings = tokens.filter((t) => t.head === token.head && t.index !== token.index);
  if (!siblings.some((t) => NOMINAL_SUBJECT.test(t.dep) && t.index < token.index)) return [];
  const owner = siblings.find(
    (t) =>
      /^(obl|obj|iobj|nsubj|nsubj:pass)$/.test(t.dep) &&
      NOMINAL.test(t.pos) &&
      lastOf(t.index, tokens) === determiner.index - 1,
  );
  return owner ? [[token.index, { dep: "nmod", head: owner.index }]] : [];
}

/** The last word of a token's phrase (punctuation aside). */
function lastOf(index: number, tokens: ParseToken[]): number {
  return tokens
    .filter((t) => t.head === index && t.dep !== "punct")
    .reduce((last, t) => Math.max(last, lastOf(t.index, tokens)), index);
}
