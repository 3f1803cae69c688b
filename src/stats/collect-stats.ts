/**
 * What the graph knows, counted: entities per type, facts per type, year and Land, the sources
 * behind them, and the gaps a curator should look at (facts no URL backs, people without an
 * office, years a body's chair is missing). Read-only; one short query per figure.
 */
import type { Driver } from "neo4j-driver";
import { ENTITY_TYPES, FACT_TYPES } from "../model/vocabulary.js";

/** Bodies whose chair rotates yearly, and the years the graph should know their chair for. */
export const CHAIR_BODIES: { id: string; from: number; to: number }[] = [
  { id: "it-planungsrat", from: 2010, to: 2026 },
  { id: "d16", from: 2019, to: 2023 },
  { id: "dmk", from: 2024, to: 2026 },
];

export interface ChairCoverage {
  body: string;
  name: string | null;
  years: number[];
  missing: number[];
}

export interface GraphStats {
  entities: Record<string, number>;
  facts: Record<string, number>;
  factsTotal: number;
  factsPerYear: Record<string, number>;
  /** Facts with a Land (or the Bund, `DE`) among their participants, directly or through a county or municipality. */
  factsPerState: Record<string, number>;
  articles: { total: number; withoutUrl: number; undated: number };
  /** Facts none of whose sources has a URL. */
  factsWithoutUrl: number;
  /** People no holdsOffice fact names, by id. */
  peopleWithoutOffice: { id: string; name: string }[];
  chairs: ChairCoverage[];
}

type Row = Record<string, unknown>;

const toNumber = (value: unknown): number =>
  typeof value === "number" ? value : typeof value === "bigint" ? Number(value) : Number(String(value));

async function rows(driver: Driver, database: string, cypher: string, params: Row = {}): Promise<Row[]> {
  const { records } = await driver.executeQuery(cypher, params, { database, routing: "READ" });
  return records.map((record) => record.toObject() as Row);
}

function tally(list: Row[], keys: readonly string[] = []): Record<string, number> {
  const result: Record<string, number> = Object.fromEntries(keys.map((key) => [key, 0]));
  for (const { key, count } of list) result[String(key)] = toNumber(count);
  return result;
}

export async function collectStats(driver: Driver, database: string): Promise<GraphStats> {
  const read = (cypher: string, params?: Row): Promise<Row[]> => rows(driver, database, cypher, params);
  const [entities, facts, perYear, perState, articles, withoutUrl, people, chairs] = await Promise.all([
    read(
      `UNWIND $types AS type
       CALL (type) { MATCH (n:Entity) WHERE type IN labels(n) RETURN count(n) AS count }
       RETURN type AS key, count`,
      { types: [...ENTITY_TYPES] },
    ),
    read(`MATCH (f:Fact) RETURN f.type AS key, count(f) AS count`),
    read(
      `MATCH (f:Fact) WITH coalesce(f.year, f.date.year, f.from.year) AS year WHERE year IS NOT NULL
       RETURN toString(year) AS key, count(*) AS count ORDER BY key`,
    ),
    read(
      `MATCH (f:Fact)-[:SUBJECT|OBJECT|PROPOSER]->(e:Entity)
       OPTIONAL MATCH (e)-[:IN_COUNTY*0..1]->(:Entity)-[:IN_STATE]->(via:State)
       WITH f, CASE WHEN e:State OR e:Federation THEN e ELSE via END AS state WHERE state IS NOT NULL
       WITH DISTINCT f, state
       RETURN state.id AS key, count(f) AS count ORDER BY key`,
    ),
    read(
      `MATCH (a:Article)
       RETURN count(a) AS total, count(CASE WHEN a.url IS NULL THEN 1 END) AS withoutUrl,
              count(CASE WHEN a.publishedAt IS NULL THEN 1 END) AS undated`,
    ),
    read(
      `MATCH (f:Fact) WHERE NOT EXISTS { (f)-[:SOURCED_FROM]->(a:Article) WHERE a.url IS NOT NULL }
       RETURN count(f) AS count`,
    ),
    read(
      `MATCH (p:Person) WHERE NOT EXISTS { (p)<-[:SUBJECT]-(:Fact {type: 'holdsOffice'}) }
       RETURN p.id AS id, p.name AS name ORDER BY id`,
    ),
    read(
      `UNWIND $bodies AS body
       OPTIONAL MATCH (b:Entity {id: body.id})
       OPTIONAL MATCH (b)<-[:OBJECT]-(c:Fact {type: 'chairs'})
       WITH body, b, collect(DISTINCT c.year) AS years
       RETURN body.id AS body, b.name AS name, years`,
      { bodies: CHAIR_BODIES },
    ),
  ]);
  const articleRow = articles[0] ?? {};
  const factCounts = tally(facts, FACT_TYPES);
  return {
    entities: tally(entities),
    facts: factCounts,
    factsTotal: Object.values(factCounts).reduce((sum, count) => sum + count, 0),
    factsPerYear: tally(perYear),
    factsPerState: tally(perState),
    articles: {
      total: toNumber(articleRow.total ?? 0),
      withoutUrl: toNumber(articleRow.withoutUrl ?? 0),
      undated: toNumber(articleRow.undated ?? 0),
    },
    factsWithoutUrl: toNumber(withoutUrl[0]?.count ?? 0),
    peopleWithoutOffice: people.map(({ id, name }) => ({ id: String(id), name: String(name) })),
    chairs: chairs.map((row) => {
      const body = CHAIR_BODIES.find((b) => b.id === row.body)!;
      const years = (row.years as unknown[]).map(toNumber).sort((a, b) => a - b);
      const missing: number[] = [];
      for (let year = body.from; year <= body.to; year++) if (!years.includes(year)) missing.push(year);
      return { body: body.id, name: (row.name as string | null) ?? null, years, missing };
    }),
  };
}
