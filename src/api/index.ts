/**
 * The API layer: Apollo Server with @neo4j/graphql, the first-class queries, limits and auth.
 * It reaches the extraction only through src/importer.
 */
export { mintToken, type Role, ROLES } from "./auth.js";
export { enableResponseCache } from "./cache/response-cache.js";
export { chairs } from "./queries/chairs.js";
export { officeHolders } from "./queries/office-holders.js";
export { createReader, type Reader } from "./queries/reader.js";
export { type RowSources } from "./queries/row-sources.js";
export { search } from "./queries/search.js";
export {
  DEFAULT_MUNICIPALITY_PAGE,
  offeringMunicipalities,
  serviceAvailabilitySummary,
} from "./queries/service-availability.js";
export { sourcePagesOfFacts, sourcesOfFacts } from "./queries/sources.js";
export { connection, neighborhood } from "./queries/subgraph.js";
export { timeline } from "./queries/timeline.js";
export { buildSchema } from "./schema.js";
export { createApi } from "./server.js";
