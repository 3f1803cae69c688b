/** `govgraph serve`: Neo4j (embedded unless NEO4J_URI is set), seed when empty, API and explorer. */
import type { Command } from "commander";
import { buildSchema, createApi, enableResponseCache } from "../../api/index.js";
import { nlpClientOf } from "../../nlp/index.js";
import { loadMunicipalRegister } from "../../reference/index.js";
import { hasRegister, isEmpty, seedDatabase } from "../../seed/index.js";
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
        const result = await seedDatabase(db.driver, db.database, {
          municipalities: config.seedMunicipalities,
        });
        log(
          `Seeded an empty database after ${elapsed()}: ${result.entities} entities, ${result.facts.created} facts` +
            (result.register
              ? `, ${result.register.counties} counties and ${result.register.municipalities} municipalities.`
              : "."),
        );
      } else if (
        config.seedOnStart &&
        config.seedMunicipalities &&
        !(await hasRegister(db.driver, db.database))
      ) {
        // A graph seeded before the register was part of the seed gets it now (idempotent).
        const result = await loadMunicipalRegister(db.driver, db.database);
        log(
          `Loaded the municipal register after ${elapsed()}: ${result.counties} counties, ${result.municipalities} municipalities.`,
        );
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
      if (!config.auth.secret && !config.auth.jwksUrl) {
        log("No GOVGRAPH_JWT_SECRET or GOVGRAPH_JWKS_URL: the API is read-only.");
      } else {
        // Only editors import news. The models take a while to load: load them now, in the
        // background, so the first import does not wait. A read-only API never needs them.
        nlp.start();
      }
      log(`Ready in ${elapsed()}.`);
      console.log(`GovGraph is running at ${server.url} (GraphQL: ${server.url}graphql)`);
    });
}
