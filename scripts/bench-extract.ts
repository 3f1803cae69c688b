/**
 * Extraction speed, without any database: a portal page of generated items (headline, date,
 * paragraph in the style of the seed) is extracted in one call, each item parsed by the language
 * model (GOVGRAPH_NLP_URL, else the managed CoreNLP, whose loading is timed separately, as is the
 * gazetteer). Then the real-news corpus (../shared/corpus, 129 articles of real length), article
 * by article as an import sees them, in articles and tokens per second.
 *   npm run bench:extract [-- 500]
 */
import { buildGazetteer, extractArticles } from "../src/ingest/index.js";
import { openNlp } from "./lib/nlp.js";
import { loadReferenceData } from "../src/seed/index.js";
import { newsPage as page } from "./lib/news-page.js";
import { readCorpus } from "../src/evaluate/index.js";
import type { NlpClient } from "../src/nlp/index.js";

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
// Real articles: each one is one request to the model, as `govgraph import` sends them.
let tokens = 0;
const counting: NlpClient = {
  annotate: async (text) => {
    const document = await model.client.annotate(text);
    tokens += document.sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0);
    return document;
  },
};
const corpus = readCorpus();
// The whole corpus as one JSON-lines input, as `govgraph import` reads a feed.
const lines = corpus
  .map((item) =>
    JSON.stringify({
      url: item.url,
      title: item.title,
      publishedAt: item.publishedAt ?? undefined,
      text: item.text,
    }),
  )
  .join("\n");
started = performance.now();
const corpusArticles = await extractArticles(lines, { reference, gazetteer, nlp: counting, format: "jsonl" });
const corpusFacts = corpusArticles.reduce((sum, a) => sum + a.facts.length, 0);
const corpusSeconds = (performance.now() - started) / 1000;
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
console.log(
  `real news: ${corpus.length} articles, ${tokens} tokens in ${corpusSeconds.toFixed(1)} s: ` +
    `${(corpus.length / corpusSeconds).toFixed(1)} articles/s, ${(tokens / corpusSeconds).toFixed(0)} tokens/s, ${corpusFacts} facts`,
);
