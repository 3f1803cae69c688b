/** `govgraph restore --from DIR`: loads an export into an empty database, after checking its checksums. */
import path from "node:path";
import type { Command } from "commander";
import { RestoreError, restoreGraph } from "../../backup/index.js";
import { exitWith } from "../exit-codes.js";
import type { Runtime } from "../runtime.js";

export function register(program: Command, runtime: () => Runtime): void {
  program
    .command("restore")
    .description("load a folder written by `govgraph export` into an empty database")
    .requiredOption("--from <dir>", "the export folder")
    .action(async (options: { from: string }) => {
      const db = await runtime().openDb();
      try {
        const counts = await restoreGraph(db.driver, db.database, path.resolve(options.from));
        console.log(`Restored ${counts.nodes} nodes and ${counts.relationships} relationships.`);
      } catch (error) {
        if (!(error instanceof RestoreError)) throw error;
        console.error(`Restore refused: ${error.message}`);
        exitWith("INPUT_REFUSED");
      } finally {
        await db.close();
      }
    });
}
