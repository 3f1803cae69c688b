/**
 * Extraction speed, without any database: a portal page of generated items (headline, date,
 * paragraph in the style of the seed) is extracted in one call, each item parsed by the language
 * model (GOVGRAPH_NLP_URL, else the managed CoreNLP, whose loading is timed separately, as is the
 * gazetteer).   npm run bench:extract [-- 500]
 */
import { buildGazetteer } from "../src/ingest/entities/gazetteer.js";
import { extractArticles } from "../src/ingest/extract.js";
import { openNlp } from "./lib/nlp.js";
import { loadReferenceData } from "../src/ingest/reference.js";
import { newsPage as page } from "./lib/news-page.js";

const reference = loadReferenceData();
const model = await openNlp();
const nlp = model.client;
let started = performance.now();
const gazetteer = buildGazetteer(reference);
const buildMs = performance.now() - started;

const sizes = process.argv[2] ? [Number(process.argv[2])] : [50, 200];
const rows: { items: number; ms: number; perSecond: number; facts: number }[] = [];
await extractArticles(page(20), { reference, gazetteer, nlp }); // warm-up (JIT, model)
for (const items of sizes) {
  const input = page(items);
  started = performance.now();
  const result = await extractArticles(input, { reference, gazetteer, nlp });
  const ms = performance.now() - started;
  rows.push({
    items,
    ms,
    perSecond: (items / ms) * 1000,
    facts: result.reduce((sum, a) => sum + a.facts.length, 0),
  });
}
await model.close();
console.log(
  `language model ready (loading, or first answer of an external one): ${model.readyMs.toFixed(0)} ms`,
);
console.log(`gazetteer build (once per process): ${buildMs.toFixed(0)} ms`);
console.log("items   ms        items/s   facts");
for (const row of rows) {
  console.log(
    `${String(row.items).padEnd(7)} ${row.ms.toFixed(0).padEnd(9)} ${row.perSecond.toFixed(0).padEnd(9)} ${row.facts}`,
  );
}
