/**
 * A whole graph as sorted lines, for comparing two databases that should hold the same data:
 * every node as its labels and typed properties, every relationship as its ends' ids, its type
 * and typed properties. Internal ids do not appear, so two stores written differently compare
 * equal. Values keep their Neo4j type: the digest reads through its own driver with integers as
 * BigInt, so 1 (INTEGER) and 1.0 (FLOAT) differ, and dates stay dates. Graphs written by
 * different paths are compared after an explicit `normalise`.
 */
import neo4j, { isDate, type Driver } from "neo4j-driver";

const NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties";
const RELATIONSHIPS = `MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties,
  labels(a) AS fromLabels, labels(b) AS toLabels`;

/**
 * One node or relationship as read, for `normalise`: a relationship names its type and the
 * labels of both ends. Properties are as the driver gives them (integers as BigInt).
 */
export type DigestEntry =
  | { kind: "node"; labels: string[]; properties: Record<string, unknown> }
  | {
      kind: "relationship";
      type: string;
      fromLabels: string[];
      toLabels: string[];
      properties: Record<string, unknown>;
    };

/**
 * Makes two graphs that legitimately differ comparable: returns the properties to digest, or
 * null to leave the entry out. Every caller says why it normalises what it normalises.
 */
export type Normalise = (entry: DigestEntry) => Record<string, unknown> | null;

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
  options: { ignoreProperties?: string[]; normalise?: Normalise } = {},
): Promise<string[]> {
  const normalise: Normalise = options.normalise ?? ((entry) => entry.properties);
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
    const lines: string[] = [];
    for (const r of nodes.records) {
      const labels = (r.get("labels") as string[]).sort();
      const kept = normalise({ kind: "node", labels, properties: r.get("properties") });
      if (kept) lines.push(`node ${JSON.stringify(labels)} ${JSON.stringify(properties(kept, ignore))}`);
    }
    for (const r of relationships.records) {
      const kept = normalise({
        kind: "relationship",
        type: r.get("type") as string,
        fromLabels: r.get("fromLabels") as string[],
        toLabels: r.get("toLabels") as string[],
        properties: r.get("properties"),
      });
      const ends = [r.get("from"), r.get("type"), r.get("to")];
      if (kept) lines.push(`rel ${JSON.stringify(ends)} ${JSON.stringify(properties(kept, ignore))}`);
    }
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
