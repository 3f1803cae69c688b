/**
 * The extraction scored on real news: corpus, split, matching, reports.
 */
export { type ConfidenceReport, evaluateConfidence, formatConfidence } from "./confidence.js";
export {
  CORPUS_PARTS,
  type CorpusPart,
  FRESH_CORPUS_FILE,
  readCorpus,
  readSplit,
  SPLIT_FILE,
} from "./corpus.js";
export { evaluateCorpus, type Extract } from "./evaluate-corpus.js";
export { formatReport } from "./format-report.js";
export { NameResolver } from "./name-resolver.js";
export { splitCorpus } from "./split-corpus.js";
