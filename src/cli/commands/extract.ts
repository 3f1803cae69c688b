/** `govgraph extract FILE --json`: prints the facts a news file states, writing nothing. */
import type { Command } from "commander";
import { extractArticles, IngestError } from "../../ingest/index.js";
import { nlpClientOf, NlpError } from "../../nlp/index.js";
import { loadReferenceData } from "../../seed/index.js";
import { readInput } from "../read-input.js";
import { exitCodeOf, exitWith } from "../exit-codes.js";
import type { Runtime } from "../runtime.js";

interface ExtractFlags {
  published?: string;
  url?: string;
  format?: "auto" | "text" | "html" | "jsonl";
  json?: boolean;
}

export function register(program: Command, runtime: () => Runtime): void {
  program
    .command("extract")
    .description(
      "print the facts a news file states (text, HTML or JSON lines; - reads stdin); writes nothing",
    )
    .argument("<file>", "news file, or - for standard input")
    .option("--published <date>", "publication date of an undated article (YYYY-MM-DD)")
    .option("--url <url>", "the article's address, kept as its source")
    .option("--format <format>", "auto, text, html or jsonl", "auto")
    .option("--json", "one JSON object per fact and line")
    .action(async (file: string, flags: ExtractFlags) => {
      try {
        const articles = await extractArticles(await readInput(file), {
          reference: loadReferenceData(),
          nlp: nlpClientOf(runtime().nlp),
          publishedAt: flags.published,
          url: flags.url,
          format: flags.format,
        });
        for (const { article, facts } of articles) {
          if (!flags.json)
            console.log(`\n${article.publishedAt ?? "undated"}  ${article.title}  (${facts.length} facts)`);
          for (const fact of facts) {
            if (flags.json) {
              console.log(
                JSON.stringify({
                  ...fact,
                  article: {
                    id: article.id,
                    title: article.title,
                    publishedAt: article.publishedAt,
                    url: article.url,
                  },
                }),
              );
            } else {
              const object = fact.object ? ` -> ${fact.object.name}` : "";
              console.log(
                `  ${fact.type.padEnd(14)} ${fact.subject.name}${object}  [${fact.confidence.toFixed(2)}]`,
              );
            }
          }
        }
      } catch (error) {
        if (error instanceof IngestError || error instanceof NlpError) {
          console.error(`error ${error.code}: ${error.message}`);
          exitWith(exitCodeOf(error));
          return;
        }
        throw error;
      } finally {
        await runtime().nlp.close();
      }
    });
}
