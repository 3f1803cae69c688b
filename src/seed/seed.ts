/** `govgraph seed`: reference entities, then the curated facts. Running it twice changes nothing. */
import type { Driver } from "neo4j-driver";
import type { EntityRef } from "../model/fact.js";
import { curatedArticles, loadCuratedFacts, readCuratedFiles } from "./load-curated.js";
import { writeReferenceEntities } from "./load-reference.js";
import { readReferenceData, referenceRefs } from "./reference-files.js";
import { registerRefs } from "./register-refs.js";

export interface SeedResult {
  entities: number;
  articles: { created: number; updated: number; unchanged: number };
  facts: { created: number; merged: number };
}

/** Only the reference entities (Länder, Bund, bodies, people, projects), no facts. */
export async function seedReferenceOnly(driver: Driver, database: string): Promise<number> {
  return writeReferenceEntities(driver, database, readReferenceData());
}

export async function seedDatabase(driver: Driver, database: string): Promise<SeedResult> {
  const reference = readReferenceData();
  const entities = await writeReferenceEntities(driver, database, reference);
  const known = referenceRefs(reference);
  const register = registerRefs();
  const resolve = (id: string): EntityRef | undefined => known.get(id) ?? register.get(id);
  const results = await loadCuratedFacts(driver, database, curatedArticles(readCuratedFiles(), resolve));
  const count = (status: string): number => results.filter((r) => r.status === status).length;
  return {
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
