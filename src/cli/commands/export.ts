/** `govgraph export --out DIR`: the whole graph as JSON lines, CSV per label and a manifest. */
import path from "node:path";
import { Option, type Command } from "commander";
import { exportFtm, exportGraph } from "../../backup/index.js";
import type { Runtime } from "../runtime.js";

export function register(program: Command, runtime: () => Runtime): void {
  program
    .command("export")
    .description("write the whole graph to a folder (JSON lines, CSV per label, manifest with checksums)")
    .requiredOption("--out <dir>", "folder to write (created if missing)")
    .addOption(
      new Option(
        "--format <format>",
        "govgraph: a full backup; ftm: FollowTheMoney statements (statements.csv)",
      )
        .choices(["govgraph", "ftm"])
        .default("govgraph"),
    )
    .action(async (options: { out: string; format: "govgraph" | "ftm" }) => {
      const db = await runtime().openDb();
      try {
        const out = path.resolve(options.out);
        if (options.format === "ftm") {
          const count = await exportFtm(db.driver, db.database, out);
          console.log(`Exported ${count} FollowTheMoney statements to ${path.join(out, "statements.csv")}.`);
          return;
        }
        const manifest = await exportGraph(db.driver, db.database, out);
        console.log(
          `Exported ${manifest.counts.nodes} nodes and ${manifest.counts.relationships} relationships to ${out}.`,
        );
      } finally {
        await db.close();
      }
    });
}
