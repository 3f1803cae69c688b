/**
 * "In ihrem Auftrag entwickelte die kommunale IT-Dienstleisterin Dataport den Onlinedienst eWA":
 * after a fronted phrase the parser reads the kind noun with its article as the subject and the
 * name right after it as the object, and hangs the real object on the name. Where the name has no
 * article of its own and a noun with an article of the accusative hangs on it, the name is the
 * kind noun's apposition and that noun the verb's object.
 */
import type { ParseToken, Patch } from "./align.js";
import { NOMINAL } from "./labels.js";
import { objectsOn } from "./objects.js";

export function nameAfterKind(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.dep !== "obj" || !NOMINAL.test(token.pos) || !/^\p{Lu}/u.test(token.word)) return [];
  const kind = tokens[token.index - 1];
  if (!kind || kind.pos !== "NOUN" || kind.dep !== "nsubj" || kind.head !== token.head) return [];
  const determiners = (index: number) => tokens.filter((t) => t.head === index && t.dep === "det");
  if (!determiners(kind.index).some((t) => /^(der|die|das)$/i.test(t.word))) return [];
  if (determiners(token.index).length > 0) return [];
  const object = objectsOn(token, tokens, /^nmod$/)[0];
  if (!object) return [];
  return [
    [token.index, { dep: "appos", head: kind.index }],
    [object.index, { dep: "obj", head: token.head }],
  ];
}
