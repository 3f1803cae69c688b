/**
 * Merges the reference files into one set of entities. Several files may name the same entity
 * (a ministry both the offices and the bodies research cite): the same id with the same name and
 * type is one entity with the union of the aliases; the same id with another name or type is an
 * error, since one id must never stand for two things.
 */
import type { ErrorCodeOf } from "../errors/codes.js";
import type { ReferenceFile } from "./format.js";

export type ReferenceData = Omit<ReferenceFile, "source">;
type Group = keyof ReferenceData;

const GROUPS: Group[] = ["states", "federation", "organizations", "people", "projects"];

export class ReferenceConflictError extends Error {
  readonly code: ErrorCodeOf<"seed"> = "SEED_REFERENCE_CONFLICT";
}

interface Named {
  id: string;
  name: string;
  aliases: string[];
}

/** The second entry's fields fill what the first leaves open; aliases are united in order. */
function mergeEntity<T extends Named>(first: T, second: T): T {
  const merged: T = { ...second, ...first };
  for (const [key, value] of Object.entries(second))
    if ((first as Record<string, unknown>)[key] === undefined)
      (merged as Record<string, unknown>)[key] = value;
  merged.aliases = [...new Set([...first.aliases, ...second.aliases])];
  return merged;
}

export function mergeReferenceFiles(files: { file: string; data: ReferenceFile }[]): ReferenceData {
  const byId = new Map<string, { group: Group; file: string; entity: Named }>();
  const order: string[] = [];
  for (const { file, data } of files) {
    for (const group of GROUPS) {
      for (const entity of data[group] as Named[]) {
        const seen = byId.get(entity.id);
        if (seen === undefined) {
          byId.set(entity.id, { group, file, entity });
          order.push(entity.id);
          continue;
        }
        if (seen.group !== group || seen.entity.name !== entity.name)
          throw new ReferenceConflictError(
            `${file}: id "${entity.id}" is "${entity.name}" (${group}) here but "${seen.entity.name}" (${seen.group}) in ${seen.file}`,
          );
        seen.entity = mergeEntity(seen.entity, entity);
      }
    }
  }
  const merged: ReferenceData = { states: [], federation: [], organizations: [], people: [], projects: [] };
  for (const id of order) {
    const { group, entity } = byId.get(id)!;
    (merged[group] as Named[]).push(entity);
  }
  return merged;
}
