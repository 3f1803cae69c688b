/**
 * `govgraph export --format ftm`: the graph as FollowTheMoney statements (statements.csv), the
 * CSV that nomenklatura, OpenSanctions' tooling and Aleph load. Every value is one row with the
 * entity it belongs to, its schema, property and dataset. A fact's rows are written once per
 * statement, so each source keeps what it claimed: its article is the row's origin (URL) and its
 * publication day the row's first and last seen.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import type { Driver } from "neo4j-driver";
import { FACT_TYPES, type FactType } from "../../model/vocabulary.js";
import { entitySchema, LINK_SCHEMAS, PROP_TYPES } from "./schemata.js";

export const FTM_DATASET = "govgraph";
export const FTM_COLUMNS = [
  "id",
  "entity_id",
  "canonical_id",
  "prop",
  "prop_type",
  "schema",
  "value",
  "dataset",
  "origin",
  "lang",
  "original_value",
  "external",
  "first_seen",
  "last_seen",
] as const;
type Row = Record<(typeof FTM_COLUMNS)[number], string>;

interface Seen {
  origin: string;
  firstSeen: string;
  lastSeen: string;
}

function statementRow(entityId: string, schema: string, prop: string, value: string, seen: Seen): Row {
  // A statement's id hashes what it says and where it was seen, as FtM's own statement ids do.
  const id = createHash("sha1")
    .update([FTM_DATASET, entityId, prop, value, seen.origin].join("\n"))
    .digest("hex");
  return {
    id,
    entity_id: entityId,
    canonical_id: entityId,
    prop,
    prop_type: PROP_TYPES[prop] ?? "string",
    schema,
    value,
    dataset: FTM_DATASET,
    origin: seen.origin,
    lang: "",
    original_value: "",
    external: "false",
    first_seen: seen.firstSeen,
    last_seen: seen.lastSeen,
  };
}

interface EntityRecord {
  id: string;
  type: string;
  kind: string | null;
  name: string;
  aliases: string[] | null;
  wikidata: string | null;
}

interface StatementRecord {
  fact: string;
  type: FactType;
  subject: string;
  object: string | null;
  summary: string;
  role: string | null;
  from: string | null;
  to: string | null;
  date: string | null;
  amount: number | null;
  article: string;
  url: string | null;
  publishedAt: string | null;
}

const ENTITIES = `
  MATCH (n:Entity)
  RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, n.kind AS kind, n.name AS name,
         n.aliases AS aliases, n.wikidata AS wikidata
  ORDER BY n.id`;

const STATEMENTS = `
  MATCH (f:Fact)-[:SUBJECT]->(s:Entity)
  OPTIONAL MATCH (f)-[:OBJECT]->(o:Entity)
  MATCH (f)-[c:SOURCED_FROM]->(a:Article)
  RETURN f.id AS fact, f.type AS type, s.id AS subject, o.id AS object, f.summary AS summary,
         coalesce(c.role, f.role) AS role, toString(c.from) AS from, toString(c.to) AS to,
         toString(c.date) AS date, coalesce(c.amount, f.amount) AS amount,
         a.id AS article, a.url AS url, toString(a.publishedAt) AS publishedAt
  ORDER BY f.id, a.id`;

/** FtM entity ids are plain strings; facts keep their GovGraph ids with the slashes made dashes. */
const factEntityId = (factId: string): string => `fact-${factId.replace(/[^A-Za-z0-9-]+/g, "-")}`;

export function entityRows(entity: EntityRecord, seen: Seen): Row[] {
  const schema = entitySchema(entity.type, entity.kind);
  const rows = [statementRow(entity.id, schema, "name", entity.name, seen)];
  for (const alias of entity.aliases ?? []) rows.push(statementRow(entity.id, schema, "alias", alias, seen));
  if (entity.wikidata) rows.push(statementRow(entity.id, schema, "wikidataId", entity.wikidata, seen));
  return rows;
}

export function statementRows(record: StatementRecord): Row[] {
  const link = LINK_SCHEMAS[record.type];
  const id = factEntityId(record.fact);
  const day = record.publishedAt ?? "";
  const seen: Seen = { origin: record.url ?? record.article, firstSeen: day, lastSeen: day };
  const values: [string, string | null][] = [
    [link.subject, record.subject],
    [link.object, record.object],
    ["role", record.role ?? (link.schema === "UnknownLink" ? record.type : null)],
    ["summary", record.summary],
    ["startDate", record.from],
    ["endDate", record.to],
    ["date", record.date],
    ["description", record.amount === null ? null : `${record.amount} EUR`],
    ["sourceUrl", record.url],
  ];
  return values
    .filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== "")
    .map(([prop, value]) => statementRow(id, link.schema, prop, value, seen));
}

/** Writes `statements.csv` into `outDir`; returns the number of statements written. */
export async function exportFtm(driver: Driver, database: string, outDir: string): Promise<number> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    const { entities, statements } = await session.executeRead(async (tx) => ({
      entities: (await tx.run(ENTITIES)).records.map((r) => r.toObject() as EntityRecord),
      statements: (await tx.run(STATEMENTS)).records.map((r) => r.toObject() as StatementRecord),
    }));
    const today = new Date().toISOString().slice(0, 10);
    const rows = [
      ...entities.flatMap((entity) =>
        entityRows(entity, { origin: FTM_DATASET, firstSeen: today, lastSeen: today }),
      ),
      ...statements.filter((record) => FACT_TYPES.includes(record.type)).flatMap(statementRows),
    ];
    mkdirSync(outDir, { recursive: true });
    writeFileSync(
      path.join(outDir, "statements.csv"),
      stringify(rows, { header: true, columns: [...FTM_COLUMNS] }),
    );
    return rows.length;
  } finally {
    await session.close();
  }
}
