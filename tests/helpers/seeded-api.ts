/** Registers the usual integration-test setup: an emptied, seeded test Neo4j and an in-process API. */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll } from "vitest";
import type { Api } from "../../src/api/server.js";
import { seedDatabase } from "../../src/seed/seed.js";
import { createTestApi } from "./api.js";
import { resetDatabase, testDriver } from "./neo4j.js";

export interface SeededApi {
  driver: Driver;
  api: Api;
}

/** `seed` fills the emptied database; by default the whole curated seed. */
export function useSeededApi(
  seed: (driver: Driver) => Promise<unknown> = (driver) => seedDatabase(driver, "neo4j"),
): SeededApi {
  const state = {} as SeededApi;
  beforeAll(async () => {
    state.driver = testDriver();
    await resetDatabase(state.driver);
    await seed(state.driver);
    state.api = await createTestApi(state.driver);
  });
  afterAll(async () => {
    await state.api?.apollo.stop();
    await state.driver?.close();
  });
  return state;
}
