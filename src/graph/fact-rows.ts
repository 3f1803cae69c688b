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
  /** What the source claims: one SOURCED_FROM relationship's properties (dates converted in Cypher). */
  statement: Record<string, string | number | boolean | Integer | null>;
  properties: Record<string, string | number | Integer | null>;
}

/** JavaScript numbers travel as floats; years and counts must be stored as integers. */
const integer = (value: number | null | undefined): Integer | null =>
  value === null || value === undefined ? null : neo4j.int(value);

export interface StatementSource {
  curated: boolean;
  /** Which extractor made the claim ("curated", "corenlp-rules/1"). */
  extractor: string;
}

export function factRow(
  fact: Fact,
  source: StatementSource = { curated: false, extractor: "importer" },
): FactRow {
  const day = fact.date ?? fact.from;
  const year = fact.year ?? (day ? Number(day.slice(0, 4)) : undefined);
  const claim = {
    year: integer(year),
    precision: fact.precision ?? (day ? "day" : fact.year !== undefined ? "year" : null),
    role: fact.role ?? null,
    text: fact.text ?? null,
    amount: fact.amount ?? null,
    count: integer(fact.count),
    countUnit: fact.countUnit ?? null,
  };
  return {
    id: factId(fact),
    label: FACT_LABEL[fact.type],
    subject: fact.subject.id,
    object: fact.object?.id ?? null,
    proposer: fact.proposer?.id ?? null,
    statement: {
      ...claim,
      quote: fact.quote,
      confidence: fact.confidence,
      curated: source.curated,
      extractor: source.extractor,
      date: fact.date ?? null,
      from: fact.from ?? null,
      to: fact.to ?? null,
      /** A relative time an undated article gives ("im kommenden Jahr"), kept as written. */
      unresolvedTime: fact.unresolvedTime ?? null,
    },
    properties: { ...claim, type: fact.type, summary: summarize(fact) },
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
