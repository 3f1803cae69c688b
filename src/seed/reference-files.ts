/** Reads and validates the curated reference entities under seed/reference/*.json. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config/env.js";
import type { EntityRef } from "../model/fact.js";
import type { EntityType } from "../model/vocabulary.js";
import { referenceFileSchema, type ReferenceFile } from "./format.js";

export const seedDir = path.join(projectRoot, "seed");

export type ReferenceData = Omit<ReferenceFile, "source">;

function readJsonFiles(folder: string): { file: string; data: unknown }[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const file = path.join(folder, name);
      return { file, data: JSON.parse(readFileSync(file, "utf8")) as unknown };
    });
}

export function readReferenceData(folder = path.join(seedDir, "reference")): ReferenceData {
  const merged: ReferenceData = { states: [], federation: [], organizations: [], people: [], projects: [] };
  for (const { file, data } of readJsonFiles(folder)) {
    const parsed = referenceFileSchema.safeParse(data);
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
    merged.states.push(...parsed.data.states);
    merged.federation.push(...parsed.data.federation);
    merged.organizations.push(...parsed.data.organizations);
    merged.people.push(...parsed.data.people);
    merged.projects.push(...parsed.data.projects);
  }
  return merged;
}

/** Every reference entity as a Ref, by id. */
export function referenceRefs(reference: ReferenceData): Map<string, EntityRef> {
  const refs = new Map<string, EntityRef>();
  const add = (type: EntityType, entities: { id: string; name: string }[]): void => {
    for (const { id, name } of entities) refs.set(id, { id, name, type });
  };
  add("State", reference.states);
  add("Federation", reference.federation);
  add("Organization", reference.organizations);
  add("Person", reference.people);
  add("Project", reference.projects);
  return refs;
}

export { readJsonFiles };
