/**
 * `govgraph generate --scale S --offline [--replace]`: the register and a generated set loaded
 * by neo4j-admin import into the embedded Neo4j's store (a new store: an existing one is only
 * replaced with --replace), then the schema, the manifest and the curated seed, so `npm start`
 * finds a complete graph. Much faster than the transactional path for `de`.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { terminalProgress } from "../../bulk/index.js";
import { openDatabase } from "../../db/index.js";
import { completeOfflineImport, importDatasetOffline, type Scale } from "../../generate/index.js";
import { seedDatabase } from "../../seed/index.js";
import { exitWith } from "../exit-codes.js";
import type { Runtime } from "../runtime.js";

export async function generateOffline(
  runtime: Runtime,
  options: { scale: Scale; seed: number; replace?: boolean },
): Promise<void> {
  const { config, log } = runtime;
  if (config.neo4j) {
    console.error(
      "--offline writes the embedded Neo4j's store; NEO4J_URI points at another server. " +
        "Unset NEO4J_URI, or run without --offline to write through transactions.",
    );
    exitWith("USAGE");
    return;
  }
  const home = config.embedded.home;
  if (existsSync(path.join(home, "data", "databases", "neo4j")) && !options.replace) {
    console.error(
      `${home} already holds a database; --offline replaces it. Add --replace to confirm, ` +
        "or run without --offline to add the set to it.",
    );
    exitWith("CONFLICT");
    return;
  }
  const started = performance.now();
  const imported = await importDatasetOffline({
    home,
    scale: options.scale,
    seed: options.seed,
    progress: terminalProgress(),
    log: (line) => {
      if (/IMPORT DONE/.test(line)) log(`neo4j-admin: ${line.trim()}`);
    },
  });
  const db = await openDatabase(config, log);
  try {
    const schemaSeconds = await completeOfflineImport(db.driver, db.database, imported);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `Imported scale ${imported.scale} with seed ${imported.seed}: ${imported.nodes.toLocaleString("en-US")} nodes, ` +
        `${imported.relationships.toLocaleString("en-US")} relationships in ${seconds.toFixed(1)} s ` +
        `(CSV ${imported.csvSeconds.toFixed(1)} s, import ${imported.importSeconds.toFixed(1)} s, ` +
        `schema and indexes ${schemaSeconds.toFixed(1)} s; ` +
        `${Math.round(imported.relationships / seconds).toLocaleString("en-US")} relationships/s end to end).`,
    );
    const seeded = await seedDatabase(db.driver, db.database);
    console.log(`Curated seed on top: ${seeded.entities} entities, ${seeded.facts.created} facts.`);
  } finally {
    await db.close();
  }
}
