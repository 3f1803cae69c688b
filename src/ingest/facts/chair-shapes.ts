/**
 * Shapes of taking or sharing a chair that the verb rules of chair-rules.ts build on:
 *   the verb of "den Vorsitz übernehmen/innehaben/führen/teilen", also where the parser took an
 *   adverb for a verb and hung the chair on it ("übernahm den Vorsitz turnusgemäß von ...")
 *   co-holders   "teilt sich den Vorsitz mit Ministerin Schall": the partner chairs too
 *   year-chair   "unter Federführung des Bundes (Vorsitz 2024), von Mecklenburg-Vorpommern
 *                (Vorsitz 2025)": a holder with the year of its chair in parentheses after it
 */
import type { Mention } from "../entities/mentions.js";
import type { KnownEntity } from "../types.js";
import type { View } from "../parse/view.js";

const TAKE_VERB =
  /^(übernimmt|übernehmen|übernahm|übernommen|hat|haben|hatte|innehat|führt|führte|geführt|trägt|inne|teilt|teilen|teilte|teilten|geteilt)$/;
const SHARE_VERB = /^(teilt|teilen|teilte|teilten|geteilt)$/;

/** The verb that takes, holds or shares the chair noun at `index` as its object, if any. */
export function chairVerb(view: View, index: number): number | undefined {
  const token = view.tokens[index]!;
  if (token.head < 0) return undefined;
  const head = view.tokens[token.head]!;
  // "Den Vorsitz teilen sich A und B": the parser may read the chair as the reflexive's dative.
  if (token.dep !== "obj")
    return /^(obl:arg|iobj)$/.test(token.dep) && SHARE_VERB.test(head.word) ? token.head : undefined;
  if (TAKE_VERB.test(head.word)) return token.head;
  // "übernahm den Vorsitz turnusgemäß": an adverb read as a verb of its own, without a subject.
  const slipped =
    head.dep === "xcomp" &&
    head.head >= 0 &&
    view.children(token.head, /^(nsubj|nsubj:pass|aux|aux:pass|cop|mark)$/).length === 0 &&
    TAKE_VERB.test(view.tokens[head.head]!.word);
  return slipped ? head.head : undefined;
}

/** "teilt sich den Vorsitz mit X": the "mit" phrase on the chair or on the verb. */
export function coHolders(view: View, chair: number, verb: number): number[] {
  if (!SHARE_VERB.test(view.tokens[verb]!.word)) return [];
  return [...view.children(chair, /^nmod$/), ...view.children(verb, /^obl$/)]
    .filter((t) => view.children(t.index, /^case$/).some((c) => /^mit$/i.test(c.word)))
    .map((t) => t.index);
}

export interface YearChair {
  holder: Mention;
  body: KnownEntity;
  confidence: number;
  rule: string;
  timeAt: number;
}

/**
 * "des Bundes (Vorsitz 2024)": the actor named right before a parenthesis that holds only the
 * chair noun and a year. The body is the sentence's (else the one named before), for review.
 */
export function findYearChairs(
  view: View,
  body: { body: KnownEntity; penalty: number } | undefined,
  isHolder: (m: Mention) => boolean,
): YearChair[] {
  if (!body) return [];
  const tokens = view.tokens;
  const claims: YearChair[] = [];
  tokens.forEach((token, index) => {
    if (!/^Vorsitz$/.test(token.word) || tokens[index - 1]?.word !== "(") return;
    if (!/^\d{4}$/.test(tokens[index + 1]?.word ?? "") || tokens[index + 2]?.word !== ")") return;
    const before = tokens[index - 2];
    const holder = before && view.sentence.mentions.find((m) => m.end === before.end && isHolder(m));
    if (!holder || holder.entity.id === body.body.id) return;
    claims.push({
      holder,
      body: body.body,
      confidence: 0.75 - body.penalty,
      rule: "year-chair",
      timeAt: tokens[index + 1]!.start,
    });
  });
  return claims;
}
