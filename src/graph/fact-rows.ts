/** Turns facts into the parameter rows the write queries take (one place that knows the mapping). */
import neo4j, { type Integer } from "neo4j-driver";
import type { EntityRef, Fact } from "../model/fact.js";
import { factId } from "../model/ids.js";
import { summarize } from "../model/summary.js";
import { FACT_LABEL, type EntityType } from "../model/vocabulary.js";

export interface FactRow {
  id: string;
  label: string;
  subject: string;
  object: string | null;
  proposer: string | null;
  /** Day the fact links to (ON_DAY), or null. */
  day: string | null;
  /** Year the fact links to directly (IN_YEAR), for facts known only to the month, season or year. */
  year: Integer | null;
  quote: string;
  confidence: number;
  /** The relative time an undated article gives ("im kommenden Jahr"), kept on its citation. */
  unresolvedTime: string | null;
  properties: Record<string, string | number | Integer | null>;
  /** Date-valued properties, converted with date() in Cypher. */
  dates: { date: string | null; from: string | null; to: string | null };
}

/** The day a fact is linked to: its day-precise date, else the start of its period. */
function linkedDay(fact: Fact): string | null {
  if (fact.date && (fact.precision ?? "day") === "day") return fact.date;
  return fact.from ?? null;
}

function linkedYear(fact: Fact): number | null {
  if (linkedDay(fact)) return null;
  if (fact.year !== undefined) return fact.year;
  return fact.date ? Number(fact.date.slice(0, 4)) : null;
}

/** JavaScript numbers travel as floats; years and counts must be stored as integers. */
const integer = (value: number | null | undefined): Integer | null =>
  value === null || value === undefined ? null : neo4j.int(value);

export function factRow(fact: Fact): FactRow {
  const day = linkedDay(fact);
  const year =
    fact.year ?? (day ? Number(day.slice(0, 4)) : fact.date ? Number(fact.date.slice(0, 4)) : undefined);
  return {
    id: factId(fact),
    label: FACT_LABEL[fact.type],
    subject: fact.subject.id,
    object: fact.object?.id ?? null,
    proposer: fact.proposer?.id ?? null,
    day,
    year: integer(linkedYear(fact)),
    quote: fact.quote,
    confidence: fact.confidence,
    unresolvedTime: fact.unresolvedTime ?? null,
    properties: {
      type: fact.type,
      summary: summarize(fact),
      year: integer(year),
      precision: fact.precision ?? (fact.date || fact.from ? "day" : fact.year !== undefined ? "year" : null),
      role: fact.role ?? null,
      text: fact.text ?? null,
      amount: fact.amount ?? null,
      count: integer(fact.count),
      countUnit: fact.countUnit ?? null,
    },
    dates: { date: fact.date ?? null, from: fact.from ?? null, to: fact.to ?? null },
  };
}

/** Every entity the facts name, once each, grouped by type. */
export function entitiesByType(facts: Fact[]): Map<EntityType, EntityRef[]> {
  const seen = new Map<string, EntityRef>();
  for (const fact of facts) {
    for (const ref of [fact.subject, fact.object, fact.proposer]) {
      if (ref && !seen.has(ref.id)) seen.set(ref.id, ref);
    }
  }
  const groups = new Map<EntityType, EntityRef[]>();
  for (const ref of seen.values()) groups.set(ref.type, [...(groups.get(ref.type) ?? []), ref]);
  return groups;
}
