/**
 * A whole graph as sorted lines, for comparing two databases that should hold the same data:
 * every node as its labels and typed properties, every relationship as its ends' ids, its type
 * and typed properties. Internal ids do not appear, so two stores written differently compare equal.
 */
import type { Driver } from "neo4j-driver";

const NODES = `
MATCH (n)
RETURN apoc.coll.sort(labels(n)) AS labels,
       [k IN apoc.coll.sort(keys(n)) WHERE NOT k IN $ignore | [k, valueType(n[k]), CASE
          WHEN valueType(n[k]) STARTS WITH 'LIST' THEN apoc.text.join([x IN n[k] | toString(x)], '|')
          ELSE toString(n[k]) END]] AS properties`;

const RELATIONSHIPS = `
MATCH (a)-[r]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to,
       [k IN apoc.coll.sort(keys(r)) | [k, valueType(r[k]), toString(r[k])]] AS properties`;

export async function graphDigest(
  driver: Driver,
  database: string,
  options: { ignoreProperties?: string[] } = {},
): Promise<string[]> {
  const parameters = { ignore: options.ignoreProperties ?? [] };
  const [nodes, relationships] = await Promise.all([
    driver.executeQuery(NODES, parameters, { database }),
    driver.executeQuery(RELATIONSHIPS, {}, { database }),
  ]);
  const lines = [
    ...nodes.records.map(
      (r) => `node ${JSON.stringify(r.get("labels"))} ${JSON.stringify(r.get("properties"))}`,
    ),
    ...relationships.records.map(
      (r) =>
        `rel ${JSON.stringify([r.get("from"), r.get("type"), r.get("to")])} ${JSON.stringify(r.get("properties"))}`,
    ),
  ];
  return lines.sort();
}

/** The first lines only one side has, for a readable failure. */
export function digestDifference(
  a: string[],
  b: string[],
  limit = 5,
): { onlyLeft: string[]; onlyRight: string[] } {
  const left = new Set(a);
  const right = new Set(b);
  return {
    onlyLeft: a.filter((line) => !right.has(line)).slice(0, limit),
    onlyRight: b.filter((line) => !left.has(line)).slice(0, limit),
  };
}
