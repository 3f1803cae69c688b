/**
 * Loads what the gazetteer is built from: the curated reference entities (seed/reference/*.json,
 * read by the seed's reader) and the Destatis register in seed/data (read by src/reference).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_REGISTER_DIR } from "../reference/load-municipal-register.js";
import { parseCounties, parseMunicipalities } from "../reference/read-register.js";
import { GV100AD_CSV_LAYOUT } from "../reference/register-layout.js";
import { readReferenceData } from "../seed/reference-files.js";
import type { ReferenceData } from "./types.js";

export function loadReferenceData(registerDir = DEFAULT_REGISTER_DIR): ReferenceData {
  const read = (file: string): string => readFileSync(path.join(registerDir, file), "utf8");
  const { files } = GV100AD_CSV_LAYOUT;
  return {
    ...readReferenceData(),
    counties: parseCounties(read(files.counties)).map((county) => ({
      key: county.id,
      name: county.name,
      stateKey: county.stateKey,
      kind: county.kind,
    })),
    municipalities: parseMunicipalities(read(files.municipalities)).map((place) => ({
      key: place.id,
      name: place.name,
      stateKey: place.stateKey,
      kind: "Municipality",
      population: place.population,
    })),
  };
}
