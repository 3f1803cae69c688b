/**
 * One fact per identity (model/ids.ts): of the statements of one office, membership or chair in
 * an item the surest is kept, with the time another statement gives where it has none ("X hat am
 * 1. Oktober 2015 sein Amt als Staatssekretär angetreten", then "Als Staatssekretär wird er ...").
 * A project the rules name in two inflections ("am Interkommunalen Netzwerk Digitale Stadt" read
 * as "Interkommunales Netzwerk ..." by one rule and as written by another) is one project here:
 * participants are compared by their names without endings.
 */
import type { EntityRef, Fact } from "../../model/fact.js";
import { factId } from "../../model/ids.js";

/**
 * A participant by its name without its words' endings: "Interkommunalen Netzwerk" ~
 * "Interkommunales Netzwerk". (Every type alike: one rule may read a new name as a project where
 * another reads it as an organisation, under one id.)
 */
function uninflected(ref: EntityRef): EntityRef {
  const stem = ref.name
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/(es|en|er|em|e|s)$/, ""))
    .join(" ");
  return { ...ref, id: stem };
}

/** The identity of a fact with its participants named without inflection. */
function identity(fact: Fact): string {
  return factId({
    ...fact,
    subject: uninflected(fact.subject),
    ...(fact.object ? { object: uninflected(fact.object) } : {}),
  });
}

const TIME_KEYS = ["date", "from", "to", "year", "precision"] as const;
const hasTime = (fact: Fact) => TIME_KEYS.some((key) => key !== "precision" && fact[key] !== undefined);

export function dedupeFacts(facts: Fact[]): Fact[] {
  const byId = new Map<string, Fact>();
  for (const fact of facts) {
    const id = identity(fact);
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
