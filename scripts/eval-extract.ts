/**
 * Precision and recall of the news extraction against the labelled set in
 * tests/fixtures/extraction/: `dev` (the seed file's items and items written for development)
 * and `heldout` (written before the patterns, never used to tune them).
 * A predicted fact is correct when a gold fact of its article has the same type, subject id and
 * object id, and the same year, role, amount and count where the gold fact gives them. Gold lists
 * each claim once: several predicted adopts/announces facts that differ only in their text all
 * match the same gold entry.
 *   npm run eval:extract            (table per split and fact type)
 *   npm run eval:extract -- --json  (the figures as JSON)
 */
import { nlpClientFromEnvironment } from "../src/nlp/client.js";
import { evaluateSplits, formatReport } from "../tests/fixtures/extraction/evaluate.js";

const report = await evaluateSplits(nlpClientFromEnvironment());
if (process.argv.includes("--json")) console.log(JSON.stringify(report, null, 2));
else console.log(formatReport(report));
