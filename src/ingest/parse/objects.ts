/**
 * The nouns a repair reads as a verb's direct object where the parser hung them on another noun:
 * a noun with an article of the accusative and no preposition ("den Onlinedienst X", "eine
 * Förderung"), not a genitive ("des", "der").
 */
import type { ParseToken } from "./align.js";
import { NOMINAL } from "./labels.js";

const OBJECT_ARTICLE = /^(den|die|das|einen|eine|ein)$/i;

/** The nouns after `head` hung on it with one of `labels` that look like a direct object. */
export function objectsOn(head: ParseToken, tokens: ParseToken[], labels: RegExp): ParseToken[] {
  return tokens.filter(
    (t) =>
      t.head === head.index &&
      t.index > head.index &&
      labels.test(t.dep) &&
      NOMINAL.test(t.pos) &&
      !tokens.some((c) => c.head === t.index && c.dep === "case") &&
      tokens.some((c) => c.head === t.index && c.dep === "det" && OBJECT_ARTICLE.test(c.word)),
  );
}
