/** `govgraph seed`: reference entities, then the curated facts. Running it twice changes nothing. */
import type { Driver } from "neo4j-driver";
import type { EntityRef } from "../model/fact.js";
import { loadMunicipalRegister } from "../reference/index.js";
import { curatedArticles, loadCuratedFacts, readCuratedFiles } from "./load-curated.js";
import { writeReferenceEntities } from "./load-reference.js";
import { readReferenceData, referenceRefs } from "./reference-files.js";
import { registerRefs } from "./register-refs.js";

export interface SeedOptions {
  /** Load the municipal register (Länder, 400 counties, 10,773 municipalities) before the curated seed. */
  municipalities?: boolean;
}

export interface SeedResult {
  /** Counties and municipalities written from the register (absent when it was not loaded). */
  register?: { counties: number; municipalities: number };
  entities: number;
  articles: { created: number; updated: number; unchanged: number };
  facts: { created: number; merged: number };
}

/** Only the reference entities (Länder, Bund, bodies, people, projects), no facts. */
export async function seedReferenceOnly(driver: Driver, database: string): Promise<number> {
  return writeReferenceEntities(driver, database, readReferenceData());
}

/**
 * The register first, so that the counties and municipalities curated facts name exist with
 * their full data; then the reference entities and the curated facts. Every step is idempotent.
 */
export async function seedDatabase(
  driver: Driver,
  database: string,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const loaded = options.municipalities ? await loadMunicipalRegister(driver, database) : undefined;
  const reference = readReferenceData();
  const entities = await writeReferenceEntities(driver, database, reference);
  const known = referenceRefs(reference);
  const register = registerRefs();
  const resolve = (id: string): EntityRef | undefined => known.get(id) ?? register.get(id);
  const results = await loadCuratedFacts(driver, database, curatedArticles(readCuratedFiles(), resolve));
  const count = (status: string): number => results.filter((r) => r.status === status).length;
  return {
    register: loaded && { counties: loaded.counties, municipalities: loaded.municipalities },
    entities,
    articles: { created: count("created"), updated: count("updated"), unchanged: count("unchanged") },
    facts: {
      created: results.reduce((sum, r) => sum + r.factsCreated, 0),
      merged: results.reduce((sum, r) => sum + r.factsMerged, 0),
    },
  };
}

/** True when the database holds no GovGraph data yet (what `npm start` checks before seeding). */
export async function isEmpty(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    "MATCH (n:Entity) RETURN count(n) > 0 AS any LIMIT 1",
    {},
    { database },
  );
  return !(records[0]?.get("any") as boolean);
}

/** True when the municipal register has been loaded (what `npm start` checks before loading it). */
export async function hasRegister(driver: Driver, database: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    "MATCH (m:Municipality) RETURN count(m) > 0 AS any LIMIT 1",
    {},
    { database },
  );
  return records[0]?.get("any") as boolean;
}
