/**
 * "hat beschlossen, die Digitalstrategie fortzuschreiben": the parser may read the noun of an
 * infinitive clause with "zu" as that clause's subject. An infinitive with "zu" has no subject of
 * its own (it shares its verb's): after the comma that opens the clause, the noun is the object.
 * Not where the infinitive has an auxiliary ("die ... nicht zu schaffen sein werde") or an object
 * already.
 */
import type { ParseToken, Patch } from "./align.js";
import { NOMINAL } from "./labels.js";

/** "fortzuschreiben", "einzurichten", "umzusetzen": a particle, "zu" and the verb in one word. */
const JOINED_ZU = /^\p{Ll}{2,}zu\p{Ll}{3,}n$/u;

export function objectOfInfinitive(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.dep !== "nsubj" || !NOMINAL.test(token.pos)) return [];
  const infinitive = tokens[token.head];
  if (!infinitive || infinitive.pos !== "VERB" || infinitive.index < token.index) return [];
  const own = tokens.filter((t) => t.head === infinitive.index);
  const withZu =
    JOINED_ZU.test(infinitive.word) ||
    own.some((t) => /^zu$/i.test(t.word) && t.index === infinitive.index - 1);
  if (!withZu || own.some((t) => /^(aux(:pass)?|obj)$/.test(t.dep))) return [];
  const verb = tokens[infinitive.head];
  if (!verb || !/^(VERB|AUX|NOUN|ADJ)$/.test(verb.pos) || verb.index > token.index) return [];
  const opened = tokens.some((t) => t.word === "," && t.index > verb.index && t.index < token.index);
  return opened ? [[token.index, { dep: "obj" }]] : [];
}
