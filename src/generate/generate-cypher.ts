/**
 * The statements that write a generated dataset. Facts, articles and citations come in two
 * forms: `create` (fast; used only after checking that no generated data is present) and
 * `merge` (idempotent; used to complete an interrupted run). Everything carries
 * `generated: true`, so `clearGenerated` can find it again.
 */
import { AVAILABILITY_LABEL, OFFERS_SERVICE } from "./availability.js";
import { GENERATED_EXTRACTOR } from "./version.js";

export type WriteMode = "create" | "merge";

export const MERGE_YEARS = `
UNWIND $rows AS row
MERGE (y:Year {id: row.id})
  ON CREATE SET y.value = toInteger(row.value), y.generated = true`;

export const MERGE_DAYS = `
UNWIND $rows AS row
MATCH (y:Year {id: toString(toInteger(row.year))})
MERGE (d:Day {id: row.id})
  ON CREATE SET d.date = date(row.id), d.generated = true
MERGE (d)-[:IN_YEAR]->(y)`;

export const MERGE_SERVICES = `
UNWIND $rows AS row
MERGE (p:Entity:Project {id: row.id})
SET p.kind = 'ozg-service', p.name = row.name, p.number = toInteger(row.number), p.topic = row.topic,
    p.lifeEvent = row.lifeEvent, p.aliases = [], p.aliasText = '', p.generated = true`;

export const MERGE_BODIES = `
UNWIND $rows AS row
MERGE (o:Entity:Organization {id: row.id})
SET o.kind = 'body', o.name = row.name, o.aliases = [], o.aliasText = '', o.generated = true`;

export const MERGE_PERSONS = `
UNWIND $rows AS row
MERGE (p:Entity:Person {id: row.id})
SET p.name = row.name, p.aliases = [], p.aliasText = '', p.generated = true`;

/** What a fact's citations make of it (index-citations.ts): absent on a fact nothing cites. */
const CITED = `f.firstCited = date(row.firstCited), f.lastCited = date(row.lastCited),
    f.oldestSources = row.oldestSources, f.disputed = row.disputed`;

/** CREATE or MERGE a fact node by id, then SET its properties. */
function fact(mode: WriteMode, labels: string): string {
  return mode === "create" ? `CREATE (f:${labels} {id: row.id})` : `MERGE (f:${labels} {id: row.id})`;
}

/** CREATE or MERGE the relationships a new fact has to its participants. */
function links(mode: WriteMode, patterns: string[]): string {
  const verb = mode === "create" ? "CREATE" : "MERGE";
  return patterns.map((pattern) => `${verb} ${pattern}`).join("\n");
}

export function availabilityStatement(mode: WriteMode): string {
  return `
UNWIND $rows AS row
MATCH (m:Municipality {id: row.municipality})
MATCH (s:Project {id: row.service})
MATCH (d:Day {id: row.since})
${fact(mode, `Fact:${AVAILABILITY_LABEL}`)}
SET f.type = '${OFFERS_SERVICE}', f.status = row.status, f.since = d.date, f.date = d.date, f.year = toInteger(row.year),
    f.precision = 'day', f.summary = row.summary, f.confidence = 1.0, f.generated = true, ${CITED}
${links(mode, ["(f)-[:SUBJECT]->(m)", "(f)-[:OBJECT]->(s)", "(f)-[:ON_DAY]->(d)"])}`;
}

export function tenureStatement(mode: WriteMode): string {
  return `
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (o:Entity {id: row.organization})
MATCH (d:Day {id: row.from})
${fact(mode, "Fact:Tenure")}
SET f.type = 'holdsOffice', f.role = row.role, f.from = d.date, f.to = date(row.to), f.year = toInteger(row.year),
    f.precision = 'day', f.summary = row.summary, f.confidence = 1.0, f.generated = true, ${CITED}
${links(mode, ["(f)-[:SUBJECT]->(p)", "(f)-[:OBJECT]->(o)", "(f)-[:ON_DAY]->(d)"])}`;
}

export function chairStatement(mode: WriteMode): string {
  return `
UNWIND $rows AS row
MATCH (h:State {id: row.holder})
MATCH (b:Organization {id: row.body})
MATCH (y:Year {id: toString(toInteger(row.year))})
${fact(mode, "Fact:Chairmanship")}
SET f.type = 'chairs', f.year = toInteger(row.year), f.from = date({year: toInteger(row.year), month: 1, day: 1}),
    f.to = date({year: toInteger(row.year), month: 12, day: 31}), f.precision = 'year', f.summary = row.summary,
    f.confidence = 1.0, f.generated = true, ${CITED}
${links(mode, ["(f)-[:SUBJECT]->(h)", "(f)-[:OBJECT]->(b)", "(f)-[:IN_YEAR]->(y)"])}`;
}

/** An article and the facts it cites: (fact)-[:SOURCED_FROM {quote, claim}]->(article), as the article writer stores a statement. */
export function articleStatement(mode: WriteMode): string {
  return `
UNWIND $rows AS row
${mode === "create" ? "CREATE" : "MERGE"} (a:Article {id: row.id})
SET a.url = row.url, a.title = row.title, a.publishedAt = date(row.publishedAt), a.outlet = row.outlet,
    a.contentHash = row.contentHash, a.text = row.text, a.generated = true
WITH a, row
UNWIND row.citations AS citation
MATCH (f:Fact {id: citation.fact})
${mode === "create" ? "CREATE" : "MERGE"} (f)-[r:SOURCED_FROM]->(a)
SET r.quote = citation.quote, r.year = toInteger(citation.claim.year), r.precision = citation.claim.precision,
    r.date = date(citation.claim.date), r.from = date(citation.claim.from), r.to = date(citation.claim.to),
    r.role = citation.claim.role, r.confidence = 1.0, r.curated = false, r.extractor = '${GENERATED_EXTRACTOR}',
    r.publishedAt = a.publishedAt`;
}

export const GENERATED_SET_ID = "generated";

export const READ_GENERATED_SET = `
MATCH (g:GeneratedSet {id: '${GENERATED_SET_ID}'})
RETURN g.scale AS scale, g.seed AS seed, g.version AS version`;

export const ANY_GENERATED = `
CALL () { MATCH (n:Availability) WHERE n.generated RETURN n LIMIT 1
  UNION MATCH (n:Article) WHERE n.generated RETURN n LIMIT 1
  UNION MATCH (n:Project) WHERE n.generated RETURN n LIMIT 1 }
RETURN count(n) > 0 AS present`;

export const WRITE_GENERATED_SET = `
MERGE (g:GeneratedSet {id: '${GENERATED_SET_ID}'})
SET g += $properties, g.generated = true, g.completedAt = datetime()`;
