/** `govgraph export --out DIR`: the whole graph as JSON lines, CSV per label and a manifest. */
import path from "node:path";
import type { Command } from "commander";
import { exportGraph } from "../../backup/export-graph.js";
import type { Runtime } from "../runtime.js";

export function register(program: Command, runtime: () => Runtime): void {
  program
    .command("export")
    .description("write the whole graph to a folder (JSON lines, CSV per label, manifest with checksums)")
    .requiredOption("--out <dir>", "folder to write (created if missing)")
    .action(async (options: { out: string }) => {
      const db = await runtime().openDb();
      try {
        const out = path.resolve(options.out);
        const manifest = await exportGraph(db.driver, db.database, out);
        console.log(
          `Exported ${manifest.counts.nodes} nodes and ${manifest.counts.relationships} relationships to ${out}.`,
        );
      } finally {
        await db.close();
      }
    });
}
