/**
 * `loadMunicipalRegister`: writes the Länder, counties and municipalities of the register into
 * the graph, (Municipality)-[:IN_COUNTY]->(County)-[:IN_STATE]->(State), so "all municipalities
 * of Hessen" is one walk. Idempotent; returns what it wrote and how fast.
 */
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { projectRoot } from "../config/env.js";
import { addStats, emptyStats, type Progress, writeInBatches, type WriteStats } from "../bulk/index.js";
import { aliasText } from "../model/graph-shapes.js";
import { MERGE_COUNTIES, MERGE_MUNICIPALITIES, MERGE_STATES } from "./register-cypher.js";
import type { MunicipalRegister } from "./register-records.js";
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

export type CountyRow = ReturnType<typeof registerRows>["counties"][number];
export type MunicipalityRow = ReturnType<typeof registerRows>["municipalities"][number];

/**
 * The rows the register statements (and the offline import, `src/generate/offline/`) write:
 * counties carry the population and area of their municipalities, everyone a searchable alias text.
 */
export function registerRows(register: MunicipalRegister) {
  const countyTotals = new Map<string, { population: number; areaKm2: number }>();
  for (const m of register.municipalities) {
    const total = countyTotals.get(m.countyId) ?? { population: 0, areaKm2: 0 };
    total.population += m.population;
    total.areaKm2 += m.areaKm2;
    countyTotals.set(m.countyId, total);
  }
  return {
    states: register.states.map((s) => ({
      ...s,
      agsPrefix: s.key,
      aliases: [],
      aliasText: aliasText([s.name], []),
    })),
    counties: register.counties.map((c) => ({
      ...c,
      population: countyTotals.get(c.id)?.population ?? 0,
      areaKm2: Math.round((countyTotals.get(c.id)?.areaKm2 ?? 0) * 100) / 100,
      aliasText: aliasText([c.name], c.aliases),
    })),
    municipalities: register.municipalities.map((m) => ({ ...m, aliasText: aliasText([m.name], m.aliases) })),
  };
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

  const rows = registerRows(register);
  let stats = emptyStats();
  stats = addStats(
    stats,
    await writeInBatches(target, { task: "Länder", cypher: MERGE_STATES, rows: rows.states, batchSize }),
  );
  stats = addStats(
    stats,
    await writeInBatches(target, {
      task: "counties",
      cypher: MERGE_COUNTIES,
      total: rows.counties.length,
      batchSize,
      rows: rows.counties,
    }),
  );
  stats = addStats(
    stats,
    await writeInBatches(target, {
      task: "municipalities",
      cypher: MERGE_MUNICIPALITIES,
      total: rows.municipalities.length,
      batchSize,
      rows: rows.municipalities,
    }),
  );
  return {
    states: register.states.length,
    counties: register.counties.length,
    municipalities: register.municipalities.length,
    stats,
  };
}
