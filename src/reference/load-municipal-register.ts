/**
 * `loadMunicipalRegister`: writes the Länder, counties and municipalities of the register into
 * the graph, (Municipality)-[:IN_COUNTY]->(County)-[:IN_STATE]->(State), so "all municipalities
 * of Hessen" is one walk. Idempotent; returns what it wrote and how fast.
 */
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { projectRoot } from "../config/env.js";
import { writeInBatches } from "../bulk/write-batches.js";
import type { Progress } from "../bulk/progress.js";
import { addStats, emptyStats, type WriteStats } from "../bulk/write-stats.js";
import { MERGE_COUNTIES, MERGE_MUNICIPALITIES, MERGE_STATES } from "./register-cypher.js";
import type { RegisterLayout } from "./register-layout.js";
import { readRegister } from "./read-register.js";

export const DEFAULT_REGISTER_DIR = path.join(projectRoot, "seed", "data");

export interface LoadRegisterOptions {
  /** Folder with states.csv, counties.csv, municipalities.csv (default seed/data). */
  directory?: string;
  layout?: RegisterLayout;
  /** Two-digit AGS prefixes of the Länder to load (default: all). */
  stateKeys?: readonly string[];
  batchSize?: number;
  progress?: Progress;
}

export interface RegisterLoadResult {
  states: number;
  counties: number;
  municipalities: number;
  stats: WriteStats;
}

export async function loadMunicipalRegister(
  driver: Driver,
  database: string,
  options: LoadRegisterOptions = {},
): Promise<RegisterLoadResult> {
  const register = await readRegister(options.directory ?? DEFAULT_REGISTER_DIR, {
    layout: options.layout,
    stateKeys: options.stateKeys,
  });
  const target = { driver, database, progress: options.progress };
  const batchSize = options.batchSize ?? 5_000;

  const countyTotals = new Map<string, { population: number; areaKm2: number }>();
  for (const m of register.municipalities) {
    const total = countyTotals.get(m.countyId) ?? { population: 0, areaKm2: 0 };
    total.population += m.population;
    total.areaKm2 += m.areaKm2;
    countyTotals.set(m.countyId, total);
  }

  let stats = emptyStats();
  stats = addStats(
    stats,
    await writeInBatches(target, { task: "Länder", cypher: MERGE_STATES, rows: register.states, batchSize }),
  );
  stats = addStats(
    stats,
    await writeInBatches(target, {
      task: "counties",
      cypher: MERGE_COUNTIES,
      total: register.counties.length,
      batchSize,
      rows: register.counties.map((c) => ({
        ...c,
        population: countyTotals.get(c.id)?.population ?? 0,
        areaKm2: Math.round((countyTotals.get(c.id)?.areaKm2 ?? 0) * 100) / 100,
        aliasText: c.aliases.join(" | "),
      })),
    }),
  );
  stats = addStats(
    stats,
    await writeInBatches(target, {
      task: "municipalities",
      cypher: MERGE_MUNICIPALITIES,
      total: register.municipalities.length,
      batchSize,
      rows: register.municipalities.map((m) => ({ ...m, aliasText: m.aliases.join(" | ") })),
    }),
  );
  return {
    states: register.states.length,
    counties: register.counties.length,
    municipalities: register.municipalities.length,
    stats,
  };
}
