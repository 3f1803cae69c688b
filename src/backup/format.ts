/** The export folder: what each file holds, and the checksums that guard it. */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import type { Encoded } from "./values.js";

export const FORMAT = "govgraph-export";
export const FORMAT_VERSION = 1;
export const NODES_FILE = "nodes.jsonl";
export const RELATIONSHIPS_FILE = "relationships.jsonl";
export const MANIFEST_FILE = "manifest.json";

/** A node: `key` is its sorted labels and `id` ("Entity+State:DE-SN"), stable across restores. */
export interface NodeLine {
  key: string;
  labels: string[];
  properties: Record<string, Encoded>;
}

export interface RelationshipLine {
  type: string;
  start: string;
  end: string;
  properties: Record<string, Encoded>;
}

export interface Manifest {
  format: typeof FORMAT;
  version: number;
  exportedAt: string;
  counts: {
    nodes: number;
    relationships: number;
    labels: Record<string, number>;
    types: Record<string, number>;
  };
  /** sha256 (hex) of every file in the folder, by relative path. */
  files: Record<string, string>;
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("end", () => resolve(hash.digest("hex")))
      .on("error", reject);
  });
}

/** JSON with keys in sorted order, so equal graphs give byte-equal files. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
