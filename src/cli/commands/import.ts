/** `govgraph import FILE|-`: writes the facts of a news file, one transaction per article. */
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { IngestError } from "../../ingest/index.js";
import { loadReferenceData } from "../../seed/index.js";
import { importNews } from "../../importer/index.js";
import { nlpClientOf, NlpError } from "../../nlp/index.js";
import { readInput } from "../read-input.js";
import { exitCodeOf, exitWith } from "../exit-codes.js";
import type { Runtime } from "../runtime.js";

interface ImportFlags {
  published?: string;
  url?: string;
  format?: "auto" | "text" | "html" | "jsonl";
}

/** Inputs with fewer articles finish before a bar would be worth drawing. */
const PROGRESS_FROM = 20;

export function register(program: Command, runtime: () => Runtime): void {
  program
    .command("import")
    .description(
      "import a news file into the graph (one transaction per article; importing again changes nothing)",
    )
    .argument("<file>", "news file, or - for standard input")
    .option("--published <date>", "publication date of an undated article (YYYY-MM-DD)")
    .option("--url <url>", "the article's address, kept as its source")
    .option("--format <format>", "auto, text, html or jsonl", "auto")
    .action(async (file: string, flags: ImportFlags) => {
      const input = await readInput(file);
      const db = await runtime().openDb();
      const bar = new cliProgress.SingleBar(
        { format: "importing [{bar}] {value}/{total} articles", hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      let barStarted = false;
      try {
        const summary = await importNews(db.driver, db.database, input, {
          reference: loadReferenceData(),
          nlp: nlpClientOf(runtime().nlp),
          publishedAt: flags.published,
          url: flags.url,
          format: flags.format,
          onProgress: (done, total) => {
            if (total < PROGRESS_FROM || !process.stderr.isTTY) return;
            if (!barStarted) bar.start(total, 0);
            barStarted = true;
            bar.update(done);
          },
        });
        if (barStarted) bar.stop();
        console.log(
          `${summary.items} articles: ${summary.articlesCreated} created, ${summary.articlesUpdated} updated, ` +
            `${summary.articlesUnchanged} unchanged. Facts: ${summary.factsCreated} created, ` +
            `${summary.factsMerged} merged, ${summary.factsQueued} queued for review.`,
        );
      } catch (error) {
        if (barStarted) bar.stop();
        if (error instanceof IngestError || error instanceof NlpError) {
          console.error(`error ${error.code}: ${error.message} (nothing was written)`);
          exitWith(exitCodeOf(error));
          return;
        }
        throw error;
      } finally {
        await runtime().nlp.close();
        await db.close();
      }
    });
}
