/**
 * "Hessen startete das Pilotprojekt "Wohngeld digital"": a quoted name ending in a word in small
 * letters may make the parser read the name as a clause of its own, with the noun before it as
 * that clause's subject ("Pilotprojekt" the subject of "digital"). The noun takes the place the
 * name's head had (an object where that was a complement and the verb has a subject), and the
 * name is the noun's apposition, its words one name.
 */
import type { ParseToken, Patch } from "./align.js";
import { quotedSpanAfter } from "./view.js";

/** The relations a noun can take over from the name's head as they are. */
const NOMINAL_DEP = /^(obj|iobj|nsubj|nsubj:pass|obl|obl:arg|obl:agent|nmod|appos|conj|ROOT)$/;

export function nounInsideName(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.pos !== "NOUN") return [];
  const span = quotedSpanAfter(token.index, tokens);
  if (!span || token.head < span[0] || token.head >= span[1]) return [];
  const inside = tokens.slice(span[0], span[1]);
  const heads = inside.filter((t) => t.head < span[0] || t.head >= span[1]);
  if (heads.length !== 1) return [];
  const head = heads[0]!;
  const verb = tokens[head.head];
  const hasSubject =
    verb !== undefined &&
    tokens.some((t) => t.head === verb.index && /^nsubj/.test(t.dep) && t.index !== token.index);
  const dep = NOMINAL_DEP.test(head.dep) ? head.dep : hasSubject ? "obj" : "nsubj";
  const [first, ...rest] = inside;
  return [
    [token.index, { dep, head: head.head }],
    [first!.index, { dep: "appos", head: token.index }],
    ...rest.map((t): Patch => [t.index, { dep: "flat", head: first!.index }]),
    [token.index + 1, { dep: "punct", head: first!.index }],
    [span[1], { dep: "punct", head: first!.index }],
  ];
}
