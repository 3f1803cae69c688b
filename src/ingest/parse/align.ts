/**
 * The parse of one article cut to the sentences the extraction reads: each sentence gets the
 * CoreNLP tokens inside its character span, with offsets relative to the sentence and heads
 * as indices into the same list (-1 for the root, or a head outside the sentence).
 */
import type { NlpDocument } from "../../nlp/types.js";
import { repairParse } from "./repair.js";

export interface ParseToken {
  /** Index in SentenceParse.tokens. */
  index: number;
  word: string;
  /** Character offsets in the sentence. */
  start: number;
  end: number;
  pos: string;
  ner: string;
  head: number;
  dep: string;
}

/** A repair's change to one token of a parse: its index and the fields it sets. */
export type Patch = [number, Partial<ParseToken>];

export interface SentenceParse {
  tokens: ParseToken[];
}

interface Located {
  docStart: number;
  docEnd: number;
  sentence: number;
  position: number;
  pos: string;
  ner: string;
  word: string;
  head: number;
  dep: string;
}

/** Every token of the document with its head, in document order. */
function flatten(document: NlpDocument): Located[] {
  const located: Located[] = [];
  document.sentences.forEach((sentence, s) => {
    const heads = new Map<number, { governor: number; dep: string }>();
    for (const dep of sentence.basicDependencies)
      heads.set(dep.dependent, { governor: dep.governor, dep: dep.dep });
    for (const token of sentence.tokens) {
      const head = heads.get(token.index);
      located.push({
        docStart: token.characterOffsetBegin,
        docEnd: token.characterOffsetEnd,
        sentence: s,
        position: token.index,
        pos: token.pos,
        ner: token.ner,
        word: token.word,
        head: head?.governor ?? 0,
        dep: head?.dep ?? "dep",
      });
    }
  });
  return located;
}

export interface DocumentIndex {
  tokens: Located[];
}

export function indexDocument(document: NlpDocument): DocumentIndex {
  return { tokens: flatten(document) };
}

/** The tokens in [start, end) of the annotated text, re-based to `start`. */
export function sentenceParse(index: DocumentIndex, start: number, end: number): SentenceParse {
  const inside = index.tokens.filter((t) => t.docStart >= start && t.docEnd <= end);
  const position = new Map<string, number>();
  inside.forEach((t, i) => position.set(`${t.sentence}:${t.position}`, i));
  return {
    tokens: repairParse(
      inside.map((t, i) => ({
        index: i,
        word: t.word,
        start: t.docStart - start,
        end: t.docEnd - start,
        pos: t.pos,
        ner: t.ner,
        head: t.head === 0 ? -1 : (position.get(`${t.sentence}:${t.head}`) ?? -1),
        dep: t.dep,
      })),
    ),
  };
}
