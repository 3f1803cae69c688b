/**
 * Neo4j: the embedded launcher, the driver, the schema and neo4j-admin import.
 */
export { type Database, openDatabase } from "./database.js";
export { createDriver, routesReads, waitForConnectivity } from "./driver.js";
export { buildLauncher, type EmbeddedNeo4j, PortInUseError, startEmbeddedNeo4j } from "./embedded-neo4j.js";
export { type AdminImportResult, runAdminImport } from "./neo4j-admin-import.js";
export { applySchema } from "./schema.js";
