/**
 * One fact per identity (model/ids.ts): of the statements of one office, membership or chair in
 * an item the surest is kept, with the time another statement gives where it has none ("X hat am
 * 1. Oktober 2015 sein Amt als Staatssekretär angetreten", then "Als Staatssekretär wird er ...").
 */
import type { Fact } from "../../model/fact.js";
import { factId } from "../../model/ids.js";

const TIME_KEYS = ["date", "from", "to", "year", "precision"] as const;
const hasTime = (fact: Fact) => TIME_KEYS.some((key) => key !== "precision" && fact[key] !== undefined);

export function dedupeFacts(facts: Fact[]): Fact[] {
  const byId = new Map<string, Fact>();
  for (const fact of facts) {
    const id = factId(fact);
    const known = byId.get(id);
    if (!known) {
      byId.set(id, fact);
      continue;
    }
    const [kept, other] = known.confidence < fact.confidence ? [fact, known] : [known, fact];
    if (!hasTime(kept) && hasTime(other))
      for (const key of TIME_KEYS) if (other[key] !== undefined) Object.assign(kept, { [key]: other[key] });
    byId.set(id, kept);
  }
  return [...byId.values()];
}
