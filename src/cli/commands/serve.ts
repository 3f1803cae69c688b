/** `govgraph serve`: Neo4j (embedded unless NEO4J_URI is set), seed when empty, API and explorer. */
import type { Command } from "commander";
import { enableResponseCache } from "../../api/cache/response-cache.js";
import { createApi } from "../../api/server.js";
import { buildSchema } from "../../api/schema.js";
import { nlpClientOf } from "../../nlp/client.js";
import { isEmpty, seedDatabase } from "../../seed/seed.js";
import { onShutdown, type Runtime } from "../runtime.js";

export function register(program: Command, runtime: () => Runtime): void {
  program
    .command("serve")
    .description("start the GraphQL API and the explorer (and the embedded Neo4j unless NEO4J_URI is set)")
    .action(async () => {
      const started = performance.now();
      const { config, openDb, nlp, log } = runtime();
      const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;
      const db = await openDb();
      let close = async (): Promise<void> => {
        await nlp.close();
        await db.close();
      };
      onShutdown(() => close());
      log(`Neo4j (${db.source}) at ${db.uri} after ${elapsed()}`);
      if (config.seedOnStart && (await isEmpty(db.driver, db.database))) {
        const result = await seedDatabase(db.driver, db.database);
        log(`Seeded an empty database: ${result.entities} entities, ${result.facts.created} facts.`);
      }
      if (config.responseCacheTtlMs > 0) enableResponseCache({ ttlMs: config.responseCacheTtlMs });
      const schema = await buildSchema(db.driver, config.auth);
      log(`GraphQL schema built after ${elapsed()}`);
      const api = await createApi({
        config,
        driver: db.driver,
        database: db.database,
        source: db.source,
        schema,
        nlp: nlpClientOf(nlp),
      });
      const server = await api.listen();
      close = async () => {
        await server.close();
        await nlp.close();
        await db.close();
      };
      // The models take a while to load: load them now, in the background, for the first import.
      nlp.start();
      if (!config.auth.secret && !config.auth.jwksUrl) {
        log("No GOVGRAPH_JWT_SECRET or GOVGRAPH_JWKS_URL: the API is read-only.");
      }
      log(`Ready in ${elapsed()}.`);
      console.log(`GovGraph is running at ${server.url} (GraphQL: ${server.url}graphql)`);
    });
}
