/**
 * Writes the whole graph to a folder: nodes.jsonl and relationships.jsonl (sorted, canonical
 * JSON, so that equal graphs give equal files), csv/<Label>.csv for spreadsheets, and
 * manifest.json with counts and sha256 checksums. Reads in one read transaction: a consistent
 * snapshot even while the API keeps serving.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { writeCsvPerLabel } from "./csv.js";
import {
  canonicalJson,
  FORMAT,
  FORMAT_VERSION,
  MANIFEST_FILE,
  NODES_FILE,
  RELATIONSHIPS_FILE,
  sha256File,
  type Manifest,
  type NodeLine,
  type RelationshipLine,
} from "./format.js";
import { encodeValue, type Encoded } from "./values.js";

type RawProperty = [string, unknown, string];

const encodeProperties = (raw: RawProperty[]): Record<string, Encoded> =>
  Object.fromEntries(raw.map(([key, value, type]) => [key, encodeValue(value, type)]));

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export async function exportGraph(driver: Driver, database: string, outDir: string): Promise<Manifest> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  let nodes: NodeLine[];
  let relationships: RelationshipLine[];
  try {
    ({ nodes, relationships } = await session.executeRead(async (tx) => {
      const keyOf = new Map<string, string>();
      const nodeRecords = await tx.run(
        `MATCH (n) RETURN elementId(n) AS element, labels(n) AS labels, n.id AS id,
           [k IN keys(n) | [k, n[k], valueType(n[k])]] AS properties`,
      );
      const nodeLines = nodeRecords.records.map((record) => {
        const labels = [...(record.get("labels") as string[])].sort(byText);
        const id = record.get("id") as unknown;
        const key = `${labels.join("+")}:${id === null ? `element:${record.get("element") as string}` : String(id)}`;
        keyOf.set(record.get("element") as string, key);
        return { key, labels, properties: encodeProperties(record.get("properties") as RawProperty[]) };
      });
      const relationshipRecords = await tx.run(
        `MATCH (a)-[r]->(b) RETURN elementId(a) AS start, type(r) AS type, elementId(b) AS end,
           [k IN keys(r) | [k, r[k], valueType(r[k])]] AS properties`,
      );
      const relationshipLines = relationshipRecords.records.map((record) => ({
        type: record.get("type") as string,
        start: keyOf.get(record.get("start") as string)!,
        end: keyOf.get(record.get("end") as string)!,
        properties: encodeProperties(record.get("properties") as RawProperty[]),
      }));
      return { nodes: nodeLines, relationships: relationshipLines };
    }));
  } finally {
    await session.close();
  }

  // Sorted by key and by canonical text: the same graph always gives the same bytes.
  nodes.sort((a, b) => byText(a.key, b.key));
  const relationshipText = relationships.map((relationship) => canonicalJson(relationship));
  const order = relationshipText
    .map((_, index) => index)
    .sort((a, b) => byText(relationshipText[a]!, relationshipText[b]!));
  relationships = order.map((index) => relationships[index]!);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, NODES_FILE), nodes.map((node) => `${canonicalJson(node)}\n`).join(""));
  writeFileSync(
    path.join(outDir, RELATIONSHIPS_FILE),
    order.map((index) => `${relationshipText[index]}\n`).join(""),
  );
  const csvFiles = writeCsvPerLabel(outDir, nodes, relationships);

  const labels: Record<string, number> = {};
  for (const node of nodes) for (const label of node.labels) labels[label] = (labels[label] ?? 0) + 1;
  const types: Record<string, number> = {};
  for (const relationship of relationships) types[relationship.type] = (types[relationship.type] ?? 0) + 1;
  const files: Record<string, string> = {};
  for (const file of [NODES_FILE, RELATIONSHIPS_FILE, ...csvFiles])
    files[file] = await sha256File(path.join(outDir, file));
  const manifest: Manifest = {
    format: FORMAT,
    version: FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    counts: { nodes: nodes.length, relationships: relationships.length, labels, types },
    files,
  };
  writeFileSync(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
