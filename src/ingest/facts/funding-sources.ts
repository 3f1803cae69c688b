/**
 * Money named by its source: "Dazu kommen 52 Millionen Euro aus Landesmitteln", "Der Löwenanteil
 * kommt aus Bundesmitteln", "von den rund 6,5 Milliarden Euro Bundesmitteln", "zusätzlich zur
 * Landesförderung von 91 Millionen Euro", "aus Mitteln des Bundes". The Bund's money, or the
 * Land's (the Land the item is about), funds the programme or project the sentence names, else the
 * one the item named last (no law, no strategy), with the amount nearest the source word. For
 * review: the sentence says whose money it is, not always what it pays for.
 */
import type { Fact } from "../../model/fact.js";
import { itemState } from "../entities/anaphora.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { type Clause, LAW_OR_STRATEGY } from "./clause.js";
import { BUND_ENTITY } from "./collective-actors.js";
import type { VerbRule } from "./frames.js";
import { fundsFact } from "./funding-money.js";

/** (No verb of giving: the rule is its name and confidence, as the funds fact records them.) */
const SOURCED: VerbRule = { name: "aus Bundes-/Landesmitteln", verb: /^$/, confidence: 0.6 };

/** A compound that names the Bund's or a Land's money: "Bundesmitteln", "Landesförderung". */
const SOURCE =
  /^(Bundes|Landes)(mittel|mitteln|geld|gelder|geldern|förderung|anteil|anteils|zuschuss|zuschüsse)$/;
/** Money words that name their owner in the genitive: "Mittel des Bundes", "Gelder des Landes Hessen". */
const FUNDS = /^(Mittel|Mitteln|Gelder|Geldern|Geld|Fördermittel|Fördermitteln|Fördergelder|Fördergeldern)$/;

/** The funder a source word names: the Bund, the item's Land, or the actor in the genitive. */
function sourceOf(clause: Clause, index: number): KnownEntity | undefined {
  const token = clause.tokens[index]!;
  const compound = SOURCE.exec(token.word);
  if (compound) return compound[1] === "Bundes" ? BUND_ENTITY : itemState(clause.sentence.context);
  if (!FUNDS.test(token.word)) return undefined;
  const owner = clause
    .children(index, /^nmod$/)
    .filter((t) => clause.children(t.index, /^case$/).length === 0)
    .map((t) => clause.actorAt(t.index)?.entity)
    .find((e) => e?.type === "State" || e?.type === "Federation");
  return owner;
}

/** What the money pays for: a project the sentence names, else the item's. */
function fundedThing(sentence: AnalyzedSentence): KnownEntity | undefined {
  const named = sentence.mentions.find(
    (m) => m.entity.type === "Project" && m.form !== "partial" && !LAW_OR_STRATEGY.test(m.entity.kind ?? ""),
  );
  if (named) return named.entity;
  const last = sentence.context.lastProject;
  return last && !LAW_OR_STRATEGY.test(last.kind ?? "") ? last : undefined;
}

export function sourcedFunds(clause: Clause, sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  if (clause.tokens.some((t) => clause.isNegated(t.index) && t.pos === "VERB")) return [];
  const funded = fundedThing(sentence);
  if (!funded) return [];
  const facts: Fact[] = [];
  for (const token of clause.tokens) {
    const funder = sourceOf(clause, token.index);
    if (!funder || funder.id === funded.id || facts.some((f) => f.subject.id === funder.id)) continue;
    const nearest = [...sentence.amounts].sort(
      (a, b) => Math.abs(a.index - token.start) - Math.abs(b.index - token.start),
    )[0];
    facts.push(fundsFact(funder, funded, SOURCED.confidence, SOURCED, nearest?.value, sentence, analyzed));
  }
  return facts;
}
