/**
 * One fact per identity (model/ids.ts): of the statements of one office, membership or chair in
 * an item the surest is kept, with the time another statement gives where it has none ("X hat am
 * 1. Oktober 2015 sein Amt als Staatssekretär angetreten", then "Als Staatssekretär wird er ...").
 * A project the rules name in two inflections ("am Interkommunalen Netzwerk Digitale Stadt" read
 * as "Interkommunales Netzwerk ..." by one rule and as written by another) is one project here.
 */
import type { EntityRef, Fact } from "../../model/fact.js";
import { factId } from "../../model/ids.js";

/** A project's name without its words' endings: "Interkommunalen Netzwerk" ~ "Interkommunales Netzwerk". */
function uninflected(ref: EntityRef): EntityRef {
  if (ref.type !== "Project") return ref;
  const stem = ref.name
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/(es|en|er|em|e|s)$/, ""))
    .join(" ");
  return { ...ref, id: `project:${stem}` };
}

/** The identity of a fact with its projects named without inflection. */
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
