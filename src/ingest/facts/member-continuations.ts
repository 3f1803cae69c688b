/**
 * memberOf for a list of a body's members that goes on in a sentence of its own, after a sentence
 * that named the body:
 *   "Geleitet wird der Digitalrat von Anna Keller. Dazu kommen Peter Hoffmann, Gründer von X;
 *    Jana Krüger, ..." -> Hoffmann and Krüger are members of the Digitalrat
 *   "Hinzu kommen A und B", "Neu hinzugekommen sind A und B", "Weiter dabei sind A; B und C", "Mit dabei ist X"
 * Only people count (a Land "dabei" takes part in a project), each named in the list itself
 * ("Vorträge von A" names a speaker), and only when one of the two sentences before names the
 * body: the cue says "more of the same", the sentence before says of what. Nothing but a cue and
 * its context: 0.65, for review.
 */
import type { Mention } from "../entities/mentions.js";
import type { KnownEntity } from "../types.js";
import { View } from "../parse/view.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { memberClaims } from "./member-rules.js";
import { bodiesNamed } from "./named-bodies.js";
import type { RelationClaim } from "./relation-rules.js";

const COME = /^(kommen|kommt|kam|kamen)$/;
const ADDED = /^(dazu|hinzu)$/i;
const JOINED = /^(hinzugekommen|dazugekommen|hinzukommen|dazukommen)$/;
/** How many sentences back the body must be named. */
const LOOK_BACK = 2;

/** The token that says "and further members are": "Dazu kommen", "hinzugekommen", "Weiter dabei sind". */
function cueOf(view: View): number | undefined {
  return view.tokens.find((token) => {
    if (JOINED.test(token.word)) return true;
    if (COME.test(token.word))
      return view.children(token.index, /^(advmod|compound:prt)$/).some((c) => ADDED.test(c.word));
    // "Weiter dabei sind A und B": "dabei" with a copula on its head, no project of its own.
    // (The parser may make "dabei" the root and hang the copula on the name: "Mit dabei ist X".)
    return (
      /^dabei$/i.test(token.word) &&
      view.tokens.some((t) => t.dep === "cop") &&
      [token.index, token.head]
        .filter((i) => i >= 0)
        .every((i) => view.children(i, /^(obl|nmod)/).every((c) => !view.hasCase(c.index, "bei", "beim")))
    );
  })?.index;
}

/** The people the list names after the cue, each in the list itself (no "von A", "mit B"). */
function listedPeople(view: View, cue: number): Mention[] {
  const from = view.tokens[cue]!.end;
  const people = view.sentence.mentions.filter((m) => m.entity.type === "Person" && m.start >= from);
  // ("von A und B": a conjunct shares the preposition of the name it is conjoined to.)
  const hasCase = (index: number): boolean =>
    view.children(index, /^case$/).length > 0 ||
    (view.tokens[index]!.dep === "conj" && hasCase(view.tokens[index]!.head));
  return people.filter((m) => {
    const head = view.tokens.find((t) => t.start === m.start);
    return head !== undefined && !hasCase(head.index);
  });
}

/**
 * The body one of the sentences just before names last, if the sentence itself names none but by
 * a noun that refers back to it ("Der Rat soll unbequem sein. Weiter dabei sind ...").
 */
function bodyBefore(sentence: AnalyzedSentence, analyzed: AnalyzedItem): KnownEntity | undefined {
  const own = bodiesNamed(sentence);
  if (own.length > 0) {
    const referred = sentence.mentions.filter((m) => m.form === "anaphor" && m.entity.kind === "body");
    return own.every((b) => referred.some((m) => m.entity.id === b.entity.id))
      ? own.at(-1)!.entity
      : undefined;
  }
  const at = analyzed.sentences.indexOf(sentence);
  for (let i = at - 1; i >= Math.max(0, at - LOOK_BACK); i -= 1) {
    const last = bodiesNamed(analyzed.sentences[i]!).at(-1);
    if (last) return last.entity;
  }
  return undefined;
}

export function findMemberContinuations(sentence: AnalyzedSentence, analyzed: AnalyzedItem): RelationClaim[] {
  const view = new View(sentence);
  const cue = cueOf(view);
  if (cue === undefined || view.negated(cue)) return [];
  const people = listedPeople(view, cue);
  if (people.length === 0) return [];
  const body = bodyBefore(sentence, analyzed);
  return memberClaims(people, body && { entity: body, penalty: 0 }, 0.65, "member-continued");
}
