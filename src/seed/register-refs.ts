/** County keys and AGS of the municipal register as Refs, so curated facts can name them by key. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { projectRoot } from "../config/env.js";
import type { EntityRef } from "../model/fact.js";

/** seed/data (the repository's copy) or, failing that, the shared register beside the checkout. */
export function registerDir(): string {
  const own = path.join(projectRoot, "seed", "data");
  return existsSync(path.join(own, "counties.csv")) ? own : path.resolve(projectRoot, "..", "shared", "data");
}

const displayName = (official: string): string => official.split(",")[0]!.trim();

export function registerRefs(folder = registerDir()): Map<string, EntityRef> {
  const read = (file: string): Record<string, string>[] =>
    parse(readFileSync(path.join(folder, file), "utf8"), { columns: true, skip_empty_lines: true });
  const refs = new Map<string, EntityRef>();
  for (const row of read("counties.csv")) {
    refs.set(row.county_key!, { id: row.county_key!, name: displayName(row.name!), type: "County" });
  }
  for (const row of read("municipalities.csv")) {
    refs.set(row.ags!, { id: row.ags!, name: displayName(row.name!), type: "Municipality" });
  }
  return refs;
}
