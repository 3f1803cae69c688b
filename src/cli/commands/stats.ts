/** `govgraph stats`: coverage of the graph (entities, facts, sources, gaps); `--json` for machines. */
import type { Command } from "commander";
import { collectStats, formatStats } from "../../stats/index.js";
import type { Runtime } from "../runtime.js";

export function register(program: Command, runtime: () => Runtime): void {
  program
    .command("stats")
    .description(
      "count entities and facts per type, facts per year and Land, facts without a URL, people without an office",
    )
    .option("--json", "print one JSON object")
    .action(async (options: { json?: boolean }) => {
      const db = await runtime().openDb();
      try {
        const stats = await collectStats(db.driver, db.database);
        console.log(options.json ? JSON.stringify(stats, null, 2) : formatStats(stats));
      } finally {
        await db.close();
      }
    });
}
