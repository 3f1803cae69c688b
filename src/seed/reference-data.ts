/**
 * Loads what the extraction's gazetteer is built from: the curated reference entities
 * (seed/reference/*.json) and the Destatis register in seed/data (read by src/reference). It reads
 * files, so it lives here and not in src/ingest, which only receives the data.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  DEFAULT_REGISTER_DIR,
  GV100AD_CSV_LAYOUT,
  parseCounties,
  parseMunicipalities,
} from "../reference/index.js";
import type { ReferenceData } from "../ingest/index.js";
import { readReferenceData } from "./reference-files.js";

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
      ...(spokenTitle(place.officialSuffix) ? { title: place.officialSuffix! } : {}),
    })),
  };
}

/**
 * A designation news write before the town's name: a word or two joined by "und" ending in a kind
 * of place ("Hansestadt", "Hanse- und Universitätsstadt", "Ostseebad", "Kurort", "Flecken"); not
 * an abbreviation ("St", "M", "GKSt") and no epithet ("Tor zur Eifel").
 */
function spokenTitle(suffix: string | null): boolean {
  return (
    suffix !== null &&
    /^(?:\p{L}[\p{L}-]*(?: und \p{L}[\p{L}-]*)?)?(?:stadt|gemeinde|bad|flecken|Flecken|Kurort)$/u.test(suffix)
  );
}
