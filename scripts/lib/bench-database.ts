/**
 * The benchmark's own embedded Neo4j: data under data/bench-<scale>/, loaded once (the municipal
 * register and the generated set of that scale) and reused while its GeneratedSet node says the
 * scale is complete. The load's figures are kept next to the data, so a reused database still
 * reports loader throughput.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { terminalProgress } from "../../src/bulk/progress.js";
import { rates, type WriteStats } from "../../src/bulk/write-stats.js";
import { projectRoot } from "../../src/config/env.js";
import { createDriver, waitForConnectivity } from "../../src/db/driver.js";
import { startEmbeddedNeo4j } from "../../src/db/embedded-neo4j.js";
import { applySchema } from "../../src/db/schema.js";
import { generateDataset } from "../../src/generate/generate-dataset.js";
import { READ_GENERATED_SET } from "../../src/generate/generate-cypher.js";
import { SCALE_SPECS, type Scale } from "../../src/generate/scales.js";
import { loadMunicipalRegister } from "../../src/reference/load-municipal-register.js";

export interface LoadReport {
  scale: Scale;
  loadedAt: string;
  registerSeconds: number;
  generate: Record<string, WriteStats>;
  relationshipsPerSecond: number;
  nodesPerSecond: number;
  availabilityRelationshipsPerSecond: number;
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
  options: { requireLoaded?: boolean } = {},
): Promise<BenchDatabase> {
  const home = path.join(projectRoot, "data", `bench-${scale}`);
  mkdirSync(home, { recursive: true });
  const reportFile = path.join(home, "load-report.json");
  log(`Starting Neo4j for the benchmark (data in ${path.relative(projectRoot, home)})...`);
  const server = await startEmbeddedNeo4j({ home, port: 0, ...MEMORY[scale] });
  const driver = createDriver({ uri: server.uri, user: "neo4j", password: "", database: "neo4j" });
  const stop = async (): Promise<void> => {
    await driver.close();
    await server.stop();
  };
  try {
    await waitForConnectivity(driver, 120_000);
    await applySchema(driver, "neo4j");
    const set = (await driver.executeQuery(READ_GENERATED_SET, {}, { database: "neo4j" })).records[0];
    if (set?.get("scale") === scale) {
      const load = existsSync(reportFile)
        ? (JSON.parse(readFileSync(reportFile, "utf8")) as LoadReport)
        : undefined;
      log(`Reusing the loaded ${scale} set.`);
      return { driver, uri: server.uri, home, reused: true, load, stop };
    }
    if (options.requireLoaded) throw new Error(`data/bench-${scale} holds no complete ${scale} set`);
    log(`Loading the ${scale} set (register, then the generator)...`);
    const spec = SCALE_SPECS[scale];
    const registerStarted = performance.now();
    await loadMunicipalRegister(driver, "neo4j", {
      ...(spec.stateKeys === "all" ? {} : { stateKeys: spec.stateKeys }),
    });
    const registerSeconds = (performance.now() - registerStarted) / 1000;
    const result = await generateDataset(driver, "neo4j", { scale, progress: terminalProgress() });
    const total = result.stats.total!;
    const load: LoadReport = {
      scale,
      loadedAt: new Date().toISOString(),
      registerSeconds,
      generate: result.stats,
      relationshipsPerSecond: rates(total).relationshipsPerSecond,
      nodesPerSecond: rates(total).nodesPerSecond,
      availabilityRelationshipsPerSecond: result.stats.availability
        ? rates(result.stats.availability).relationshipsPerSecond
        : 0,
    };
    writeFileSync(reportFile, JSON.stringify(load, null, 2));
    return { driver, uri: server.uri, home, reused: false, load, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
