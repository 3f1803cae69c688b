/**
 * participatesIn from guests and exchanges at a body's meeting (participation-rules.ts runs these
 * beside its own shapes):
 *   guest     "Am Vorabend der DMK waren A und B zu Gast im Kreis der Digitalminister",
 *             "A, der als Gast beim D16-Treffen war, ...", "A war als Gast beim D16-Treffen"
 *             -> A and B take part in the body
 *             (named in the guest's phrase, else in the sentence, else the body named last)
 *   exchange  "Die DMK tauschte sich mit A und B aus" -> A and B take part in the body
 * A negated or merely intended visit states nothing; all for review.
 */
import type { KnownEntity } from "../types.js";
import type { AnalyzedSentence } from "./analyze.js";
import type { Clause } from "./clause.js";
import { subjects } from "./frames.js";
import { antecedentOf, isDenied, participantsAt, withCase, type Participation } from "./participants.js";

const GUEST = /^(Gast|Gäste|Gästen)$/;
const EXCHANGE = /^(tauscht|tauschen|tauschte|tauschten)$/;
const BODY_CASE = /^(bei|beim|im|in|auf|an|am)$/i;

/** A body a mention at `index` names, in any form ("D16" of "D16-Treffen" too). */
function bodyAt(clause: Clause, index: number): KnownEntity | undefined {
  const entity = clause.mentionAt(index)?.entity;
  return entity?.type === "Organization" && entity.kind === "body" ? entity : undefined;
}

/** The body of a guest's visit: in its phrase, else the first the sentence names, else the last named. */
function visitedBody(clause: Clause, guest: number, sentence: AnalyzedSentence): KnownEntity | undefined {
  const phrases = withCase(clause, guest, /^(nmod|obl)/, BODY_CASE);
  const inPhrase = phrases
    .flatMap((i) => [i, ...clause.subtree(i)])
    .map((i) => bodyAt(clause, i))
    .find((e) => e !== undefined);
  if (inPhrase) return inPhrase;
  const named = sentence.mentions.find((m) => m.entity.type === "Organization" && m.entity.kind === "body");
  return named?.entity ?? sentence.context.lastBody;
}

function guests(clause: Clause, sentence: AnalyzedSentence): Participation[] {
  const found: Participation[] = [];
  for (const token of clause.tokens) {
    if (!GUEST.test(token.word)) continue;
    if (!clause.children(token.index, /^case$/).some((c) => /^(zu|als)$/i.test(c.word))) continue;
    // "A war als Gast beim D16-Treffen": the guest noun is the copula's predicate, its subject the guest.
    const predicate = clause.children(token.index, /^cop$/).length > 0;
    if (token.head < 0 && !predicate) continue;
    const head = predicate ? token : clause.tokens[token.head]!;
    if (isDenied(clause, head.index)) continue;
    // "waren A und B zu Gast": the copula's predicate names the guests; "A, der als Gast ... war": the verb's subject.
    const holders =
      !predicate && clause.children(head.index, /^cop$/).length > 0 && /^(NOUN|PROPN)$/.test(head.pos)
        ? [head.index]
        : subjects(clause, head.index, /^nsubj$/).map((i) => antecedentOf(clause, head.index, i));
    const body = visitedBody(clause, token.index, sentence);
    if (!body) continue;
    for (const actor of holders.flatMap((i) => participantsAt(clause, i)))
      if (actor.entity.id !== body.id)
        found.push({ actor, target: { entity: body, known: true }, confidence: 0.7, rule: "guest" });
  }
  return found;
}

function exchanges(clause: Clause): Participation[] {
  const found: Participation[] = [];
  for (const token of clause.tokens) {
    if (!EXCHANGE.test(token.word) || clause.particle(token.index) !== "aus" || isDenied(clause, token.index))
      continue;
    const body = subjects(clause, token.index, /^nsubj$/)
      .map((i) => bodyAt(clause, i))
      .find((e) => e !== undefined);
    if (!body) continue;
    // The partners: each actor the "mit" phrase names ("mit der Bundesbeauftragten Prof. Dr. X").
    const partners = withCase(clause, token.index, /^obl/, /^mit$/i)
      .flatMap((i) => clause.subtree(i))
      .map((i) => clause.actorAt(i)?.entity)
      .filter((e): e is KnownEntity => e !== undefined && e.id !== body.id);
    for (const entity of partners.filter((e, i) => partners.findIndex((o) => o.id === e.id) === i))
      found.push({
        actor: { entity, known: !entity.isNew },
        target: { entity: body, known: true },
        confidence: 0.7,
        rule: "exchange",
      });
  }
  return found;
}

export function participationGuests(clause: Clause, sentence: AnalyzedSentence): Participation[] {
  return [...guests(clause, sentence), ...exchanges(clause)];
}
