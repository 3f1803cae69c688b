/**
 * Ingest plus graph: the news import and the review queue. The API reaches the extraction through
 * this index, never src/ingest directly.
 */
export { importNews } from "./import-news.js";
export { decideReviewItem, listReviewItems, ReviewError } from "./review.js";
// What callers of the import need from the extraction and the seed, so that they reach neither directly.
export { INGEST_ERROR_CODES, IngestError, type ReferenceData } from "../ingest/index.js";
export { loadReferenceData } from "../seed/index.js";
