/**
 * The extraction: news in, dated facts with quotes out. Pure: no database, no files of the seed;
 * the reference data arrives as an argument (src/seed loads it).
 */
export { buildGazetteer, type Gazetteer } from "./entities/gazetteer.js";
export { INGEST_ERROR_CODES, IngestError } from "./errors.js";
export { extractArticles, REVIEW_THRESHOLD } from "./extract.js";
export type { InputFormat } from "./input/read-items.js";
export type { KnownEntity, ReferenceData } from "./types.js";
