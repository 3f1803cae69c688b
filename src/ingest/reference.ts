/**
 * Loads what the gazetteer is built from: seed/reference/*.json (validated by the seed format)
 * and the Destatis register (counties.csv, municipalities.csv) from the repository's seed/data/
 * or, when that copy is absent, ../shared/data/.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { projectRoot } from "../config/env.js";
import { referenceFileSchema } from "../seed/format.js";
import type { ReferenceData, RegisterUnit } from "./types.js";

export function registerDirectory(root = projectRoot): string {
  const inRepository = path.join(root, "seed", "data");
  return existsSync(path.join(inRepository, "municipalities.csv"))
    ? inRepository
    : path.resolve(root, "..", "shared", "data");
}

export function loadReferenceData(root = projectRoot): ReferenceData {
  const data: ReferenceData = {
    states: [],
    federation: [],
    organizations: [],
    people: [],
    projects: [],
    counties: [],
    municipalities: [],
  };
  const directory = path.join(root, "seed", "reference");
  const files = existsSync(directory)
    ? readdirSync(directory)
        .filter((file) => file.endsWith(".json"))
        .sort()
    : [];
  for (const file of files) {
    const parsed = referenceFileSchema.parse(JSON.parse(readFileSync(path.join(directory, file), "utf8")));
    data.states.push(...parsed.states);
    data.federation.push(...parsed.federation);
    data.organizations.push(...parsed.organizations);
    data.people.push(...parsed.people);
    data.projects.push(...parsed.projects);
  }
  const register = registerDirectory(root);
  data.counties = readCsv(path.join(register, "counties.csv")).map((row) => ({
    key: row.county_key!,
    name: plainName(row.name!),
    stateKey: row.state_key!,
    kind: row.kind!,
  }));
  data.municipalities = readCsv(path.join(register, "municipalities.csv")).map((row): RegisterUnit => ({
    key: row.ags!,
    name: plainName(row.name!),
    stateKey: row.state_key!,
    kind: "Municipality",
    population: Number(row.population),
  }));
  return data;
}

/** "Flensburg, Stadt" -> "Flensburg"; "Region Hannover" stays. */
export function plainName(name: string): string {
  return name.split(",")[0]!.trim();
}

function readCsv(file: string): Record<string, string>[] {
  if (!existsSync(file)) return [];
  return parse(readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
}
