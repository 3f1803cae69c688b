/**
 * Reference data and curated facts: reading the files and loading them through the graph writer.
 */
export { loadReferenceData } from "./reference-data.js";
export { hasRegister, isEmpty, seedDatabase, seedReferenceOnly } from "./seed.js";
