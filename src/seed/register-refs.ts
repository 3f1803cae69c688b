/** County keys and AGS of the municipal register as Refs, so curated facts can name them by key. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { EntityRef } from "../model/fact.js";
import {
  DEFAULT_REGISTER_DIR,
  GV100AD_CSV_LAYOUT,
  parseCounties,
  parseMunicipalities,
} from "../reference/index.js";

export function registerRefs(folder = DEFAULT_REGISTER_DIR): Map<string, EntityRef> {
  const read = (file: string): string => readFileSync(path.join(folder, file), "utf8");
  const { files } = GV100AD_CSV_LAYOUT;
  const refs = new Map<string, EntityRef>();
  for (const { id, name } of parseCounties(read(files.counties))) refs.set(id, { id, name, type: "County" });
  for (const { id, name } of parseMunicipalities(read(files.municipalities))) {
    refs.set(id, { id, name, type: "Municipality" });
  }
  return refs;
}
