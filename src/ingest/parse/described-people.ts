/**
 * People described before they are named again, misread by the parser:
 *   participle as verb  "Die studierte Juristin ist seit 2013 im Landtag vertreten": the parser
 *                       reads the describing participle as the clause's verb, the article as its
 *                       subject and the noun as its object. The noun is the phrase's head, the
 *                       participle its modifier.
 *   demonym as modifier "Der gebürtige Kölner war zuvor Referatsleiter im ...": the parser hangs
 *                       the described demonym on the predicate as an adjective, and the predicate
 *                       has no subject. The demonym is the subject.
 *   owner as argument   "konnte Hessens Digitalministerin Kristina Sinemus ... überreichen": the
 *                       parser reads the genitive before a role as the verb's subject and the role
 *                       as its object. The role is the argument the genitive was, the genitive its
 *                       owner.
 */
import type { ParseToken, Patch } from "./align.js";
import { DESCRIBING } from "./view.js";
import { isRoleWord } from "../entities/people.js";
import { NOMINAL } from "./labels.js";

const ARTICLE = /^(der|die|den|dem|des)$/i;

export function participleAsVerb(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.pos !== "VERB" || !DESCRIBING.test(token.word)) return [];
  const article = tokens[token.index - 1];
  const noun = tokens[token.index + 1];
  if (!article || article.pos !== "DET" || !ARTICLE.test(article.word) || article.head !== token.index)
    return [];
  if (!noun || !NOMINAL.test(noun.pos) || noun.head !== token.index || !/^\p{Lu}/u.test(noun.word)) return [];
  const others = tokens.filter((t) => t.head === token.index && t !== article && t !== noun);
  return [
    [noun.index, { dep: token.dep, head: token.head }],
    [token.index, { dep: "amod", head: noun.index, pos: "ADJ" }],
    [article.index, { dep: "det", head: noun.index }],
    ...others.map((t): Patch => [t.index, { head: noun.index }]),
  ];
}

/** A demonym: "Kölner", "Bayerin", "Sächsin" (a capitalised word in -er, -erin or -in). */
const DEMONYM = /^\p{Lu}\p{Ll}+(er|erin|in)$/u;

export function demonymAsModifier(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.dep !== "amod" || !DEMONYM.test(token.word)) return [];
  const describing = tokens[token.index - 1];
  const article = tokens[token.index - 2];
  const predicate = tokens[token.head];
  if (!describing || !DESCRIBING.test(describing.word) || describing.head !== token.index) return [];
  if (!article || !ARTICLE.test(article.word) || !predicate || predicate.pos !== "NOUN") return [];
  const children = tokens.filter((t) => t.head === predicate.index);
  const copula = children.find((t) => t.dep === "cop");
  if (!copula || copula.index < token.index || children.some((t) => /^nsubj/.test(t.dep))) return [];
  return [
    [token.index, { dep: "nsubj", head: predicate.index, pos: "NOUN" }],
    [describing.index, { dep: "amod", head: token.index }],
    [article.index, { dep: "det", head: token.index }],
  ];
}

/** A name in the genitive: "Hessens", "Bayerns", "Kölns". */
const GENITIVE_NAME = /^\p{Lu}\p{Ll}+s$/u;

export function ownerAsArgument(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.pos !== "PROPN" || !GENITIVE_NAME.test(token.word) || !/^(nsubj|obj)$/.test(token.dep)) return [];
  const role = tokens[token.index + 1];
  if (!role || role.head !== token.head || !/^(obj|iobj|obl:arg)$/.test(role.dep) || !isRoleWord(role.word))
    return [];
  // (The role names someone: "Hessens Digitalministerin Kristina Sinemus".)
  if (!tokens.some((t) => t.head === role.index && /^(appos|flat)$/.test(t.dep))) return [];
  return [
    [role.index, { dep: token.dep, head: token.head }],
    [token.index, { dep: "nmod:poss", head: role.index }],
  ];
}
