/**
 * The dated facts of the whole graph, newest year first, optionally of one fact type: the
 * Timeline tab's "whole graph" mode. Each fact comes with its two ends, read through the fields
 * its type names them with in the registry, so it opens in the details like a drawn line.
 */
import { FACT_DEFINITIONS } from "../../model/fact-types/index.js";
import { ENTITY_TYPES } from "../../model/entity-types.js";
import { request } from "./client.js";
import type { Edge } from "./edge.js";

/** At most this many facts per answer: the type's largest page (`@limit(max: 200)` on Fact). */
export const ALL_FACTS_PAGE = 200;

export interface AllFacts {
  facts: Edge[];
  /** How many dated facts match in all, of which `facts` are the newest. */
  total: number;
}

type RawEnd = { id?: string }[] | undefined;
type RawFact = { id: string; type: string; year: number | null; summary: string } & Record<string, unknown>;

// Every entity type is a member of AnyEntity; an end's id is read whichever type it is.
const endFragment = `fragment End on AnyEntity { ${ENTITY_TYPES.map((type) => `... on ${type} { id }`).join(" ")} }`;

const endSelections = FACT_DEFINITIONS.map(({ label, roles }) => {
  const ends = [roles.SUBJECT, roles.OBJECT].filter((role) => role !== undefined);
  return `... on ${label} { ${ends.map((role) => `${role.field}(limit: 1) { ...End }`).join(" ")} }`;
}).join(" ");

// A literal limit: the API's cost rule prices a variable limit as its largest page.
export const ALL_FACTS_QUERY = `query AllFacts($where: FactWhere) {
  facts(where: $where, sort: [{ year: DESC }], limit: ${ALL_FACTS_PAGE}) { id type year summary ${endSelections} }
  factsConnection(where: $where) { totalCount }
} ${endFragment}`;

const firstId = (value: unknown): string | undefined => (value as RawEnd)?.[0]?.id;

function edgeOf(fact: RawFact): Edge {
  const roles = FACT_DEFINITIONS.find((d) => d.type === fact.type)?.roles;
  const source = (roles && firstId(fact[roles.SUBJECT.field])) ?? "";
  const target = (roles?.OBJECT && firstId(fact[roles.OBJECT.field])) ?? source;
  return { source, target, type: fact.type, fact: fact.id, year: fact.year, summary: fact.summary };
}

export async function allFacts(type: string): Promise<AllFacts> {
  const where = { year: { gte: 0 }, ...(type ? { type: { eq: type } } : {}) };
  const data = await request<{ facts: RawFact[]; factsConnection: { totalCount: number } }>(ALL_FACTS_QUERY, {
    where,
  });
  return { facts: data.facts.map(edgeOf), total: data.factsConnection.totalCount };
}
