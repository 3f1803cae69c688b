/**
 * Precision, recall and F1 of the news extraction on the real-news corpus (../shared/corpus),
 * per fact type and overall, for the dev part (tune on it) and the test part (only score it);
 * date accuracy on matched facts; fused and duplicated entities. Rules: src/evaluate/README.md.
 *   npm run eval:extract                 (tables for both parts)
 *   npm run eval:extract -- --verbose    (plus every missed and wrong fact of the dev part)
 *   npm run eval:extract -- --json       (the figures as JSON)
 *   npm run eval:extract -- --part dev   (one part only: dev or test)
 *   npm run eval:extract -- --part fresh (the fresh set, tests/fixtures/corpus/fresh.json, alone)
 *   npm run eval:extract -- --file tests/fixtures/corpus/tuning/offices.json [--verbose]
 *                                        (any set in the corpus format alone; --verbose lists its
 *                                        errors: for sets read while tuning, never the held-out ones)
 * Then, per part, the facts written without review and precision per confidence bucket.
 */
import { extractArticles, REVIEW_THRESHOLD } from "../src/ingest/index.js";
import {
  CORPUS_PARTS,
  type ConfidenceReport,
  type CorpusPart,
  evaluateConfidence,
  evaluateCorpus,
  type Extract,
  formatConfidence,
  formatReport,
  FRESH_CORPUS_FILE,
  NameResolver,
  readCorpus,
  readSplit,
} from "../src/evaluate/index.js";
import { loadReferenceData } from "../src/seed/index.js";
import { nlpClientFromEnvironment } from "../src/nlp/index.js";

const reference = loadReferenceData();
const nlp = nlpClientFromEnvironment();
// Each item is extracted once; the confidence figures score the same predictions again.
const extracted = new Map<string, ReturnType<Extract>>();
const extract: Extract = (item) => {
  const key = JSON.stringify(item);
  let result = extracted.get(key);
  if (!result) {
    result = extractArticles(key, { reference, nlp, format: "jsonl" });
    extracted.set(key, result);
  }
  return result;
};

const corpus = readCorpus();
const split = readSplit();
const resolver = NameResolver.fromReference(reference);
const reports = [];
const confidence: ConfidenceReport[] = [];
const partIndex = process.argv.indexOf("--part");
const onlyPart = partIndex >= 0 ? process.argv[partIndex + 1] : undefined;
const isPart = (value: string | undefined): value is CorpusPart =>
  CORPUS_PARTS.some((part) => part === value);
if (onlyPart !== undefined && !isPart(onlyPart)) {
  console.error(`--part takes dev, test or fresh, not ${String(onlyPart)}`);
  process.exit(2);
}
// Without --part both parts of the split corpus; the fresh set only when asked for.
const parts: CorpusPart[] = onlyPart === undefined ? ["dev", "test"] : [onlyPart];
const fileIndex = process.argv.indexOf("--file");
const file = fileIndex >= 0 ? process.argv[fileIndex + 1] : undefined;
if (file !== undefined) {
  const report = await evaluateCorpus(extract, { part: "fresh", corpus: readCorpus(file), resolver });
  // Scored like the fresh set; its errors are listed the way the dev part's are.
  const verbose = process.argv.includes("--verbose");
  console.log(
    formatReport([{ ...report, part: verbose ? "dev" : report.part }], verbose).replace(
      /^\n\w+ part/,
      `\n${file}`,
    ),
  );
  process.exit(0);
}
for (const part of parts) {
  const options =
    part === "fresh"
      ? { part, corpus: readCorpus(FRESH_CORPUS_FILE), resolver }
      : { part, corpus, split, resolver };
  reports.push(await evaluateCorpus(extract, options));
  confidence.push(await evaluateConfidence(extract, REVIEW_THRESHOLD, options));
}
if (process.argv.includes("--json")) {
  console.log(
    JSON.stringify(
      reports.map(({ details: _details, ...figures }, index) => ({
        ...figures,
        confidence: confidence[index],
      })),
      null,
      2,
    ),
  );
} else {
  console.log(formatReport(reports, process.argv.includes("--verbose")));
  console.log(formatConfidence(confidence));
}
