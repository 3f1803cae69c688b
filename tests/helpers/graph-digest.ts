/**
 * A whole graph as sorted lines, for comparing two databases that should hold the same data:
 * every node as its labels and typed properties, every relationship as its ends' ids, its type
 * and typed properties. Internal ids do not appear, so two stores written differently compare
 * equal. Values keep their Neo4j type: the digest reads through its own driver with integers as
 * BigInt, so 1 (INTEGER) and 1.0 (FLOAT) differ, and dates stay dates.
 */
import neo4j, { isDate, type Driver } from "neo4j-driver";

const NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties";
const RELATIONSHIPS =
  "MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties";

function typed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(typed);
  if (typeof value === "bigint") return `INTEGER ${value}`;
  if (typeof value === "number") return `FLOAT ${value}`;
  if (isDate(value as object)) return `DATE ${String(value)}`;
  if (typeof value === "string" || typeof value === "boolean") return value;
  return `${Object.prototype.toString.call(value)} ${String(value)}`;
}

function properties(map: Record<string, unknown>, ignore: ReadonlySet<string>): unknown[] {
  return Object.keys(map)
    .filter((key) => !ignore.has(key))
    .sort()
    .map((key) => [key, typed(map[key])]);
}

export async function graphDigest(
  connection: { uri: string; user: string; password: string },
  database: string,
  options: { ignoreProperties?: string[] } = {},
): Promise<string[]> {
  const ignore = new Set(options.ignoreProperties ?? []);
  const driver: Driver = neo4j.driver(
    connection.uri,
    neo4j.auth.basic(connection.user, connection.password),
    {
      useBigInt: true,
    },
  );
  try {
    const [nodes, relationships] = await Promise.all([
      driver.executeQuery(NODES, {}, { database }),
      driver.executeQuery(RELATIONSHIPS, {}, { database }),
    ]);
    const lines = [
      ...nodes.records.map(
        (r) =>
          `node ${JSON.stringify((r.get("labels") as string[]).sort())} ${JSON.stringify(properties(r.get("properties"), ignore))}`,
      ),
      ...relationships.records.map(
        (r) =>
          `rel ${JSON.stringify([r.get("from"), r.get("type"), r.get("to")])} ${JSON.stringify(properties(r.get("properties"), ignore))}`,
      ),
    ];
    return lines.sort();
  } finally {
    await driver.close();
  }
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
