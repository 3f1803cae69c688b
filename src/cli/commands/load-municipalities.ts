/** `govgraph load-municipalities`: loads the Destatis municipal register (Länder, counties, municipalities); idempotent. */
import { type Command } from "commander";
import { describeStats, terminalProgress } from "../../bulk/index.js";
import {
  DEFAULT_REGISTER_DIR,
  loadMunicipalRegister,
  STATE_ISO_BY_AGS_PREFIX,
} from "../../reference/index.js";
import type { Runtime } from "../runtime.js";

export function register(program: Command, runtime: () => Runtime): void {
  program
    .command("load-municipalities")
    .description("load the municipal register: 16 Länder, 400 counties, 10,773 municipalities (idempotent)")
    .option(
      "--dir <folder>",
      "folder with states.csv, counties.csv, municipalities.csv",
      DEFAULT_REGISTER_DIR,
    )
    .option("--states <prefixes>", "only these Länder, as comma-separated AGS prefixes (01,02)")
    .action(async (options: { dir: string; states?: string }) => {
      const stateKeys = options.states?.split(",").map((key) => key.trim());
      const unknown = stateKeys?.filter((key) => !(key in STATE_ISO_BY_AGS_PREFIX)) ?? [];
      if (unknown.length > 0) throw new Error(`unknown AGS prefix(es): ${unknown.join(", ")}`);
      const db = await runtime().openDb();
      try {
        const result = await loadMunicipalRegister(db.driver, db.database, {
          directory: options.dir,
          stateKeys,
          progress: terminalProgress(),
        });
        console.log(
          `Länder: ${result.states}, counties: ${result.counties}, municipalities: ${result.municipalities}. ` +
            describeStats(result.stats),
        );
      } finally {
        await db.close();
      }
    });
}
