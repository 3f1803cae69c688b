/**
 * funds read from the costs' side, where the costs are the subject:
 *   "Die Kosten für das Projekt X trägt der Bund"          -> funds(Bund, X)
 *   "Die Finanzierung der Plattform X erfolgt durch den Bund" -> funds(Bund, X)
 *   "Die Finanzierung des Projekts erfolgte über das Land"  -> funds(the Land, the item's project)
 *   "Die Förderung der Modellprojekte Smart Cities erfolgt über die KfW" -> funds(KfW, Modellprojekte Smart Cities)
 * The parser reads "Die Kosten trägt der Bund" with the costs as subject and the payer beside the
 * verb; the frames of funding-rules.ts then find no payer. What the costs are of is their own
 * phrase ("des Projekts X", "für die Plattform X"), else the project the item named last (no law).
 * A negated or intended verb states nothing.
 */
import type { Fact } from "../../model/fact.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { type Clause, LAW_OR_STRATEGY } from "./clause.js";
import type { VerbRule } from "./frames.js";
import { COSTS, fundsFact } from "./funding-money.js";
import { GENERIC_PROJECT } from "./participants.js";

const CARRY: VerbRule = {
  name: "Kosten tragen",
  verb: /^(trägt|tragen|trug|trugen|getragen|übernimmt|übernehmen|übernahm|übernahmen|übernommen)$/,
  confidence: 0.75,
};
const DONE_BY: VerbRule = {
  name: "Finanzierung erfolgt durch",
  verb: /^(erfolgt|erfolgen|erfolgte|erfolgten)$/,
  confidence: 0.75,
};
/** What is done by someone who pays: "Die Finanzierung erfolgt ...", "Die Förderung erfolgt über die KfW". */
const FUNDING = /^(Finanzierung|Förderung)$/;
/** Who pays beside "erfolgt": "durch den Bund", "über das Land". */
const PAYER_CASE = /^(durch|über)$/i;

/** What the costs are of: their genitive or "für" phrase, else the item's project. */
function costsOf(clause: Clause, costs: number): KnownEntity | undefined {
  for (const of of clause.children(costs, /^nmod/)) {
    const cases = clause.children(of.index, /^case$/);
    if (cases.length > 0 && !cases.some((c) => /^für$/i.test(c.word))) continue;
    const generic = [of.word, of.word.replace(/e?s$/, "")].some((w) => GENERIC_PROJECT.test(w));
    if (generic && !clause.hasName(of.index)) break;
    return clause.projectFor(of.index)?.entity;
  }
  const last = clause.sentence.context.lastProject;
  return last && !LAW_OR_STRATEGY.test(last.kind ?? "") ? last : undefined;
}

/** The payer beside the verb: the object or the argument the parser left beside it, or the "durch" phrase. */
function payersOf(clause: Clause, verb: number, rule: VerbRule): KnownEntity[] {
  const beside =
    rule === DONE_BY
      ? clause
          .children(verb, /^obl/)
          .filter((t) => clause.children(t.index, /^case$/).some((c) => PAYER_CASE.test(c.word)))
      : clause.children(verb, /^(obj|obl:arg|iobj)$/);
  return beside
    .flatMap((t) => clause.withConjuncts(t.index))
    .map((i) => clause.actorAt(i)?.entity)
    .filter((e) => e !== undefined);
}

export function carriedFunds(clause: Clause, sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const facts: Fact[] = [];
  for (const verb of clause.tokens) {
    const rule = [CARRY, DONE_BY].find((r) => r.verb.test(verb.word));
    if (!rule || clause.isNegated(verb.index) || clause.isIntended(verb.index)) continue;
    const paid = rule === DONE_BY ? FUNDING : COSTS;
    const costs = clause.arguments(verb.index, /^nsubj$/).find((i) => paid.test(clause.tokens[i]!.word));
    if (costs === undefined) continue;
    const funded = costsOf(clause, costs);
    if (!funded) continue;
    for (const payer of payersOf(clause, verb.index, rule))
      if (payer.id !== funded.id)
        facts.push(fundsFact(payer, funded, rule.confidence, rule, undefined, sentence, analyzed));
  }
  return facts;
}
