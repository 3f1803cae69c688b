/**
 * Precision, recall and F1 of the news extraction on the real-news corpus (../shared/corpus),
 * per fact type and overall, for the dev part (tune on it) and the test part (only score it);
 * date accuracy on matched facts; fused and duplicated entities. Rules: src/evaluate/README.md.
 *   npm run eval:extract                 (tables for both parts)
 *   npm run eval:extract -- --verbose    (plus every missed and wrong fact of the dev part)
 *   npm run eval:extract -- --json       (the figures as JSON)
 */
import { extractArticles } from "../src/ingest/extract.js";
import { loadReferenceData } from "../src/ingest/reference.js";
import { readCorpus, readSplit } from "../src/evaluate/corpus.js";
import { evaluateCorpus, type Extract } from "../src/evaluate/evaluate-corpus.js";
import { formatReport } from "../src/evaluate/format-report.js";
import { NameResolver } from "../src/evaluate/name-resolver.js";

const reference = loadReferenceData();
const extract: Extract = async (item) =>
  extractArticles(JSON.stringify(item), { reference, format: "jsonl" });

const corpus = readCorpus();
const split = readSplit();
const resolver = NameResolver.fromReference(reference);
const reports = [];
for (const part of ["dev", "test"] as const) {
  reports.push(await evaluateCorpus(extract, { part, corpus, split, resolver }));
}
if (process.argv.includes("--json")) {
  console.log(
    JSON.stringify(
      reports.map(({ details: _details, ...figures }) => figures),
      null,
      2,
    ),
  );
} else {
  console.log(formatReport(reports, process.argv.includes("--verbose")));
}
