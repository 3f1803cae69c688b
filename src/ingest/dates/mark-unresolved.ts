/**
 * Facts of an undated article whose sentence dates them only relatively ("im kommenden Jahr",
 * "am 14. Mai") get that expression as `unresolvedTime`: kept as written, never guessed.
 */
import type { Fact } from "../../model/fact.js";
import { findUnresolvedTimes } from "./find-times.js";

export function markUnresolvedTimes(facts: Fact[], publishedAt: string | undefined): Fact[] {
  if (publishedAt !== undefined) return facts;
  return facts.map((fact) => {
    if (fact.date || fact.from || fact.to || fact.year !== undefined) return fact;
    const relative = findUnresolvedTimes(fact.quote)[0];
    return relative ? { ...fact, unresolvedTime: relative } : fact;
  });
}
