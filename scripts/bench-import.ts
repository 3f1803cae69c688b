/**
 * Import speed: extraction alone, and extraction plus writes (one transaction per article) into a
 * real Neo4j: NEO4J_URI when set, otherwise a temporary embedded one; and the writer alone on the
 * extracted facts. Prints a table.
 *   npm run bench:import [-- 1000]
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../src/config/env.js";
import { applySchema, createDriver, type EmbeddedNeo4j, startEmbeddedNeo4j } from "../src/db/index.js";
import { buildGazetteer, extractArticles, REVIEW_THRESHOLD } from "../src/ingest/index.js";
import { writeArticle } from "../src/graph/index.js";
import { loadReferenceData, seedReferenceOnly } from "../src/seed/index.js";
import { importNews } from "../src/importer/index.js";
import { openNlp } from "./lib/nlp.js";
import { newsPage } from "./lib/news-page.js";

const items = Number(process.argv[2] ?? 1000);
const config = loadConfig();
let embedded: EmbeddedNeo4j | undefined;
let home: string | undefined;
let connection = config.neo4j;
if (!connection) {
  home = mkdtempSync(path.join(os.tmpdir(), "govgraph-bench-import-"));
  embedded = await startEmbeddedNeo4j({ home, port: 0, heap: "2g", pageCache: "1g" });
  connection = { uri: embedded.uri, user: "neo4j", password: "", database: "neo4j" };
}
const driver = createDriver(connection);
const model = await openNlp();
try {
  await applySchema(driver, connection.database);
  await seedReferenceOnly(driver, connection.database);
  const reference = loadReferenceData();
  const gazetteer = buildGazetteer(reference);
  const nlp = model.client;

  // Warm-up: JIT on both sides, query plans cached.
  await importNews(driver, connection.database, newsPage(200), { reference, nlp });

  const input = newsPage(items);
  let started = performance.now();
  const extracted = await extractArticles(input, { reference, gazetteer, nlp });
  const extractMs = performance.now() - started;
  const facts = extracted.reduce((sum, article) => sum + article.facts.length, 0);

  // A different page (other dates) so that every article is new to the graph.
  const fresh = input.replace(/\.2025\]/g, ".2026]");
  started = performance.now();
  const summary = await importNews(driver, connection.database, fresh, { reference, nlp });
  const importMs = performance.now() - started;

  started = performance.now();
  const again = await importNews(driver, connection.database, fresh, { reference, nlp });
  const againMs = performance.now() - started;

  // The writer alone on the facts extracted above (a third set of articles, new to the graph):
  // what the write path costs without the language model's share.
  const third = extracted.map((entry) => ({
    ...entry,
    article: { ...entry.article, id: `${entry.article.id}-w` },
  }));
  started = performance.now();
  for (const entry of third)
    await writeArticle(driver, connection.database, entry, { reviewThreshold: REVIEW_THRESHOLD });
  const writesMs = performance.now() - started;

  const row = (label: string, ms: number, note: string): string =>
    `${label.padEnd(34)} ${String(Math.round(ms)).padStart(8)} ${String(Math.round((items / ms) * 1000)).padStart(9)}   ${note}`;
  console.log(`${items} items, ${facts} facts`);
  console.log(`${"".padEnd(34)} ${"ms".padStart(8)} ${"items/s".padStart(9)}`);
  console.log(row("extraction alone", extractMs, ""));
  console.log(
    row(
      "extraction + writes (new articles)",
      importMs,
      `${summary.articlesCreated} created, ${summary.factsCreated} facts created, ${summary.factsMerged} merged, ${summary.factsQueued} queued`,
    ),
  );
  console.log(row("same page again (idempotent)", againMs, `${again.articlesUnchanged} unchanged`));
  console.log(row("writes alone (extracted facts)", writesMs, `${third.length} articles, ${facts} facts`));
} finally {
  await model.close();
  await driver.close();
  await embedded?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
}
