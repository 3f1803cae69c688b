/** Reads and validates the curated reference entities under seed/reference/*.json. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config/env.js";
import type { EntityRef } from "../model/fact.js";
import type { EntityType } from "../model/vocabulary.js";
import { referenceFileSchema } from "./format.js";
import { mergeReferenceFiles, type ReferenceData } from "./merge-reference.js";

export const seedDir = path.join(projectRoot, "seed");

export type { ReferenceData };

function readJsonFiles(folder: string): { file: string; data: unknown }[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const file = path.join(folder, name);
      return { file, data: JSON.parse(readFileSync(file, "utf8")) as unknown };
    });
}

/** Every reference file, validated, merged by id (see mergeReferenceFiles). */
export function readReferenceData(folder = path.join(seedDir, "reference")): ReferenceData {
  return mergeReferenceFiles(
    readJsonFiles(folder).map(({ file, data }) => {
      const parsed = referenceFileSchema.safeParse(data);
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
      return { file, data: parsed.data };
    }),
  );
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
