/**
 * The benchmark's own embedded Neo4j: data under data/bench-<scale>/, loaded once (the municipal
 * register and the generated set of that scale; by neo4j-admin import, or with `--loader online`
 * through transactions) and reused while its GeneratedSet node says the scale is complete and was
 * written by this version of the generator (an older set is loaded again). The
 * load's figures are kept next to the data, so a reused database still reports loader throughput.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { addStats, terminalProgress, type WriteStats } from "../../src/bulk/index.js";
import { projectRoot } from "../../src/config/env.js";
import { applySchema, createDriver, startEmbeddedNeo4j, waitForConnectivity } from "../../src/db/index.js";
import {
  completeOfflineImport,
  generateDataset,
  GENERATOR_VERSION,
  importDatasetOffline,
  READ_GENERATED_SET,
  type Scale,
  SCALE_SPECS,
} from "../../src/generate/index.js";
import { loadMunicipalRegister } from "../../src/reference/index.js";

export type Loader = "offline" | "online";

export interface LoadReport {
  scale: Scale;
  loader: Loader;
  loadedAt: string;
  nodes: number;
  relationships: number;
  /** Wall time of the whole load, from nothing to a complete set with its indexes online. */
  seconds: number;
  /** Per phase: csv, import, start, schema (offline); register, generate (online). */
  phases: Record<string, number>;
  relationshipsPerSecond: number;
  nodesPerSecond: number;
  /** The online loader's per-part figures. */
  generate?: Record<string, WriteStats>;
}

export interface BenchDatabase {
  driver: Driver;
  uri: string;
  home: string;
  /** True when the data was already there. */
  reused: boolean;
  load: LoadReport | undefined;
  stop(): Promise<void>;
}

const MEMORY: Record<Scale, { heap: string; pageCache: string }> = {
  small: { heap: "1g", pageCache: "1g" },
  de: { heap: "4g", pageCache: "3g" },
};

export async function openBenchDatabase(
  scale: Scale,
  log: (line: string) => void,
  options: { requireLoaded?: boolean; loader?: Loader } = {},
): Promise<BenchDatabase> {
  const home = path.join(projectRoot, "data", `bench-${scale}`);
  mkdirSync(home, { recursive: true });
  const reportFile = path.join(home, "load-report.json");
  log(`Starting Neo4j for the benchmark (data in ${path.relative(projectRoot, home)})...`);
  let db = await startBenchNeo4j(home, scale);
  try {
    const set = (await db.driver.executeQuery(READ_GENERATED_SET, {}, { database: "neo4j" })).records[0];
    if (set?.get("scale") === scale && set.get("version") === GENERATOR_VERSION) {
      const load = readLoadReport(reportFile);
      log(`Reusing the loaded ${scale} set.`);
      return { ...db, home, reused: true, load };
    }
    if (options.requireLoaded) throw new Error(`data/bench-${scale} holds no complete ${scale} set`);
    const loader = options.loader ?? "offline";
    log(`Loading the ${scale} set (register, then the generator; ${loader})...`);
    let load: LoadReport;
    if (loader === "offline") {
      await db.stop();
      [db, load] = await loadOffline(home, scale, log);
    } else load = await loadOnline(db.driver, scale);
    writeFileSync(reportFile, JSON.stringify(load, null, 2));
    return { ...db, home, reused: false, load };
  } catch (error) {
    await db.stop();
    throw error;
  }
}

/** The figures of the load that filled the folder; a report in an older layout is left out. */
function readLoadReport(file: string): LoadReport | undefined {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, "utf8")) as Partial<LoadReport>;
  return report.loader && report.phases ? (report as LoadReport) : undefined;
}

interface RunningNeo4j {
  driver: Driver;
  uri: string;
  stop(): Promise<void>;
}

async function startBenchNeo4j(home: string, scale: Scale): Promise<RunningNeo4j> {
  const server = await startEmbeddedNeo4j({ home, port: 0, ...MEMORY[scale] });
  const driver = createDriver({ uri: server.uri, user: "neo4j", password: "", database: "neo4j" });
  const stop = async (): Promise<void> => {
    await driver.close();
    await server.stop();
  };
  try {
    await waitForConnectivity(driver, 120_000);
    await applySchema(driver, "neo4j");
  } catch (error) {
    await stop();
    throw error;
  }
  return { driver, uri: server.uri, stop };
}

/** neo4j-admin import into a new store, then Neo4j on it: schema, index population, manifest. */
async function loadOffline(
  home: string,
  scale: Scale,
  log: (line: string) => void,
): Promise<[RunningNeo4j, LoadReport]> {
  const started = performance.now();
  const imported = await importDatasetOffline({
    home,
    scale,
    progress: terminalProgress(),
    log: (line) => {
      if (/COMPLETED|IMPORT DONE|^\s*\d+ (nodes|relationships|properties)$/.test(line))
        log(`  neo4j-admin: ${line.trim()}`);
    },
  });
  const startAt = performance.now();
  const db = await startBenchNeo4j(home, scale);
  const startSeconds = (performance.now() - startAt) / 1000;
  const schemaSeconds = await completeOfflineImport(db.driver, "neo4j", imported);
  const seconds = (performance.now() - started) / 1000;
  return [
    db,
    {
      scale,
      loader: "offline",
      loadedAt: new Date().toISOString(),
      nodes: imported.nodes,
      relationships: imported.relationships,
      seconds,
      phases: {
        csv: imported.csvSeconds,
        import: imported.importSeconds,
        start: startSeconds,
        schema: schemaSeconds,
      },
      relationshipsPerSecond: Math.round(imported.relationships / seconds),
      nodesPerSecond: Math.round(imported.nodes / seconds),
    },
  ];
}

/** The transactional loader: the register, then `generateDataset` in batched UNWIND writes. */
async function loadOnline(driver: Driver, scale: Scale): Promise<LoadReport> {
  const spec = SCALE_SPECS[scale];
  const started = performance.now();
  const register = await loadMunicipalRegister(driver, "neo4j", {
    ...(spec.stateKeys === "all" ? {} : { stateKeys: spec.stateKeys }),
  });
  const registerSeconds = (performance.now() - started) / 1000;
  const result = await generateDataset(driver, "neo4j", { scale, progress: terminalProgress() });
  const total = addStats(register.stats, result.stats.total!);
  const seconds = (performance.now() - started) / 1000;
  return {
    scale,
    loader: "online",
    loadedAt: new Date().toISOString(),
    nodes: total.nodesCreated,
    relationships: total.relationshipsCreated,
    seconds,
    phases: { register: registerSeconds, generate: seconds - registerSeconds },
    relationshipsPerSecond: Math.round(total.relationshipsCreated / seconds),
    nodesPerSecond: Math.round(total.nodesCreated / seconds),
    generate: result.stats,
  };
}

const thousands = (value: number): string => Math.round(value).toLocaleString("en-US");

/** One line: how the set was loaded and how fast, end to end and per phase. */
export function describeLoad(load: LoadReport, reused: boolean): string {
  const phases = Object.entries(load.phases)
    .map(([phase, seconds]) => `${phase} ${seconds.toFixed(1)} s`)
    .join(", ");
  const importRate = load.phases.import
    ? `; import phase ${thousands(load.relationships / load.phases.import)} relationships/s`
    : "";
  return (
    `Loader (${load.scale}, ${load.loader}, ${reused ? `loaded ${load.loadedAt}` : "this run"}): ` +
    `${thousands(load.nodes)} nodes, ${thousands(load.relationships)} relationships in ${load.seconds.toFixed(1)} s ` +
    `(${phases}): ${thousands(load.relationshipsPerSecond)} relationships/s end to end${importRate}`
  );
}
