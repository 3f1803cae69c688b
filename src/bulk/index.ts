/**
 * Batched writes, progress and the CSV files of the offline import, shared by the loaders.
 */
export { ARRAY_DELIMITER_OPTION, type Column, CsvFile, type ImportFile } from "./offline/csv-file.js";
export { type Progress, silentProgress, terminalProgress } from "./progress.js";
export { writeInBatches, type WriteTarget } from "./write-batches.js";
export { addStats, describeStats, emptyStats, type WriteStats } from "./write-stats.js";
