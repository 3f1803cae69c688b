/**
 * A deterministic German-scale dataset for benchmarks, through transactions or offline.
 */
export { clearGenerated } from "./clear-generated.js";
export { READ_GENERATED_SET } from "./generate-cypher.js";
export { DEFAULT_SEED, generateDataset, GeneratedSetConflictError } from "./generate-dataset.js";
export { GENERATOR_VERSION } from "./version.js";
export { completeOfflineImport, importDatasetOffline } from "./offline/import-offline.js";
export { randomStream } from "./random.js";
export { isScale, type Scale, SCALE_SPECS, SCALES } from "./scales.js";
