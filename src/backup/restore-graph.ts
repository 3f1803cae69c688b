/**
 * Loads an export folder into an EMPTY database: checksums first (a damaged or edited export is
 * refused before anything is written), then nodes and relationships in batches. Refuses a
 * database that holds anything, so a restore never mixes with existing data.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import {
  FORMAT,
  MANIFEST_FILE,
  NODES_FILE,
  RELATIONSHIPS_FILE,
  sha256File,
  type Manifest,
  type NodeLine,
  type RelationshipLine,
} from "./format.js";
import { decodeValue, type Encoded } from "./values.js";

export class RestoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreError";
  }
}

const BATCH = 2_000;
const escapeName = (name: string): string => `\`${name.replace(/`/g, "``")}\``;
const decodeProperties = (properties: Record<string, Encoded>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, decodeValue(value)]));

export async function verifyExport(fromDir: string): Promise<Manifest> {
  const manifestPath = path.join(fromDir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) throw new RestoreError(`${manifestPath} is missing: not a GovGraph export.`);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
  if (manifest.format !== FORMAT)
    throw new RestoreError(`${manifestPath} is not a GovGraph export manifest.`);
  for (const required of [NODES_FILE, RELATIONSHIPS_FILE]) {
    if (!manifest.files[required]) throw new RestoreError(`The manifest lists no ${required}.`);
  }
  for (const [file, expected] of Object.entries(manifest.files)) {
    const full = path.join(fromDir, file);
    if (!existsSync(full)) throw new RestoreError(`${file} is listed in the manifest but missing.`);
    const actual = await sha256File(full);
    if (actual !== expected)
      throw new RestoreError(`${file} does not match its checksum in the manifest: damaged or edited.`);
  }
  return manifest;
}

const readLines = <T>(file: string): T[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as T);

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item)) ?? [];
    group.push(item);
    groups.set(key(item), group);
  }
  return groups;
}

export async function restoreGraph(
  driver: Driver,
  database: string,
  fromDir: string,
): Promise<Manifest["counts"]> {
  const manifest = await verifyExport(fromDir);
  const { records } = await driver.executeQuery("MATCH (n) RETURN count(n) AS nodes", {}, { database });
  const existing = records[0]!.get("nodes") as number;
  if (existing > 0) {
    throw new RestoreError(
      `The database holds ${existing} nodes; restore loads into an empty database only. ` +
        "Point GovGraph at an empty database (or a new data folder) and run restore again.",
    );
  }
  const nodes = readLines<NodeLine>(path.join(fromDir, NODES_FILE));
  const relationships = readLines<RelationshipLine>(path.join(fromDir, RELATIONSHIPS_FILE));
  if (nodes.length !== manifest.counts.nodes || relationships.length !== manifest.counts.relationships)
    throw new RestoreError("The files do not hold the counts the manifest states.");

  const elementOf = new Map<string, string>();
  // Labels and types cannot be parameters in Cypher 5: one query per label set, names escaped.
  for (const [labelSet, group] of groupBy(nodes, (node) => node.labels.join("+"))) {
    const labels = labelSet.split("+").map(escapeName).join(":");
    for (let start = 0; start < group.length; start += BATCH) {
      const batch = group.slice(start, start + BATCH);
      const result = await driver.executeQuery(
        `UNWIND $rows AS row CREATE (n:${labels}) SET n = row.properties RETURN row.key AS key, elementId(n) AS element`,
        { rows: batch.map((node) => ({ key: node.key, properties: decodeProperties(node.properties) })) },
        { database },
      );
      for (const record of result.records)
        elementOf.set(record.get("key") as string, record.get("element") as string);
    }
  }
  for (const [type, group] of groupBy(relationships, (relationship) => relationship.type)) {
    for (let start = 0; start < group.length; start += BATCH) {
      const batch = group.slice(start, start + BATCH);
      await driver.executeQuery(
        `UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.start MATCH (b) WHERE elementId(b) = row.end
         CREATE (a)-[r:${escapeName(type)}]->(b) SET r = row.properties`,
        {
          rows: batch.map((relationship) => {
            const startElement = elementOf.get(relationship.start);
            const endElement = elementOf.get(relationship.end);
            if (!startElement || !endElement)
              throw new RestoreError(`A ${type} relationship points to a node the export does not hold.`);
            return {
              start: startElement,
              end: endElement,
              properties: decodeProperties(relationship.properties),
            };
          }),
        },
        { database },
      );
    }
  }
  return manifest.counts;
}
