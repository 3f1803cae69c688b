/**
 * The statements that write a generated dataset, in the shapes of row-shapes.ts (the rows come
 * from there too). Facts, articles and citations come in two
 * forms: `create` (fast; used only after checking that no generated data is present) and
 * `merge` (idempotent; used to complete an interrupted run). Everything carries
 * `generated: true`, so `clearGenerated` can find it again.
 */
import { setProperties, type Shape } from "../model/graph-shapes.js";
import { AVAILABILITY_LABEL } from "./availability.js";
import {
  ARTICLE_NODE_SHAPE,
  AVAILABILITY_SHAPE,
  BODY_SHAPE,
  CITATION_SHAPE,
  DAY_SHAPE,
  FACT_NODE_SHAPE,
  PERSON_SHAPE,
  SERVICE_SHAPE,
  YEAR_SHAPE,
} from "./row-shapes.js";

export type WriteMode = "create" | "merge";

export const MERGE_YEARS = `
UNWIND $rows AS row
MERGE (y:Year {id: row.id})
  ON CREATE SET ${setProperties("y", YEAR_SHAPE, "row")}`;

export const MERGE_DAYS = `
UNWIND $rows AS row
MATCH (y:Year {id: toString(toInteger(row.year))})
MERGE (d:Day {id: row.id})
  ON CREATE SET ${setProperties("d", DAY_SHAPE, "row")}
MERGE (d)-[:IN_YEAR]->(y)`;

export const MERGE_SERVICES = `
UNWIND $rows AS row
MERGE (p:Entity:Project {id: row.id})
SET ${setProperties("p", SERVICE_SHAPE, "row")}`;

export const MERGE_BODIES = `
UNWIND $rows AS row
MERGE (o:Entity:Organization {id: row.id})
SET ${setProperties("o", BODY_SHAPE, "row")}`;

export const MERGE_PERSONS = `
UNWIND $rows AS row
MERGE (p:Entity:Person {id: row.id})
SET ${setProperties("p", PERSON_SHAPE, "row")}`;

/** CREATE or MERGE a fact node by id, then SET its properties. */
function fact(mode: WriteMode, labels: string, shape: Shape): string {
  const verb = mode === "create" ? "CREATE" : "MERGE";
  return `${verb} (f:${labels} {id: row.id})\nSET ${setProperties("f", shape, "row")}`;
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
${fact(mode, `Fact:${AVAILABILITY_LABEL}`, AVAILABILITY_SHAPE)}
${links(mode, ["(f)-[:SUBJECT]->(m)", "(f)-[:OBJECT]->(s)", "(f)-[:ON_DAY]->(d)"])}`;
}

export function tenureStatement(mode: WriteMode): string {
  return `
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (o:Entity {id: row.organization})
MATCH (d:Day {id: row.from})
${fact(mode, "Fact:Tenure", FACT_NODE_SHAPE)}
${links(mode, ["(f)-[:SUBJECT]->(p)", "(f)-[:OBJECT]->(o)", "(f)-[:ON_DAY]->(d)"])}`;
}

export function chairStatement(mode: WriteMode): string {
  return `
UNWIND $rows AS row
MATCH (h:State {id: row.holder})
MATCH (b:Organization {id: row.body})
MATCH (y:Year {id: toString(toInteger(row.year))})
${fact(mode, "Fact:Chairmanship", FACT_NODE_SHAPE)}
${links(mode, ["(f)-[:SUBJECT]->(h)", "(f)-[:OBJECT]->(b)", "(f)-[:IN_YEAR]->(y)"])}`;
}

/** An article and the facts it cites: (fact)-[:SOURCED_FROM {statement}]->(article). */
export function articleStatement(mode: WriteMode): string {
  const verb = mode === "create" ? "CREATE" : "MERGE";
  return `
UNWIND $rows AS row
${verb} (a:Article {id: row.id})
SET ${setProperties("a", ARTICLE_NODE_SHAPE, "row")}
WITH a, row
UNWIND row.citations AS citation
MATCH (f:Fact {id: citation.fact})
${verb} (f)-[r:SOURCED_FROM]->(a)
SET ${setProperties("r", CITATION_SHAPE, "citation")}`;
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
