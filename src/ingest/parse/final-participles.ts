/**
 * "Der Landkreis hat den Förderbescheid des hessischen Innenministeriums erhalten.": the parser
 * may read "haben" as the clause's verb and the participle at its end as a marker without
 * arguments. "haben" with a subject and an object makes a perfect: the participle is the verb,
 * "haben" its auxiliary, and what hung on "haben" hangs on the participle.
 */
import type { ParseToken, Patch } from "./align.js";
import { HABEN, PARTICIPLE } from "./verb-forms.js";

export function participleAsMarker(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (!HABEN.test(token.word) || !/^(VERB|AUX)$/.test(token.pos)) return [];
  const children = tokens.filter((t) => t.head === token.index);
  const markers = children.filter(
    (t) =>
      t.dep === "mark" &&
      t.pos === "VERB" &&
      PARTICIPLE.test(t.word) &&
      t.index > token.index &&
      !tokens.some((c) => c.head === t.index),
  );
  if (markers.length !== 1) return [];
  if (!children.some((t) => t.dep === "nsubj") || !children.some((t) => t.dep === "obj")) return [];
  const participle = markers[0]!;
  // (The participle ends the clause: only punctuation follows it.)
  if (tokens.slice(participle.index + 1).some((t) => t.pos !== "PUNCT")) return [];
  return [
    [participle.index, { dep: token.dep, head: token.head }],
    [token.index, { dep: "aux", head: participle.index }],
    ...children
      .filter((t) => t.index !== participle.index)
      .map((t): Patch => [t.index, { head: participle.index }]),
  ];
}
