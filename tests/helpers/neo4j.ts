/** The Neo4j of the integration tests (started by tests/setup/neo4j.global.ts). */
import type { Driver } from "neo4j-driver";
import { inject } from "vitest";
import { createDriver } from "../../src/db/driver.js";
import { applySchema } from "../../src/db/schema.js";

export function testConnection(): { uri: string; user: string; password: string; database: string } {
  return {
    uri: inject("neo4jUri"),
    user: inject("neo4jUser"),
    password: inject("neo4jPassword"),
    database: "neo4j",
  };
}

export function testDriver(): Driver {
  return createDriver(testConnection());
}

/** Empties the database and applies the schema: the start of every integration test file. */
export async function resetDatabase(driver: Driver): Promise<void> {
  const session = driver.session({ database: "neo4j" });
  try {
    // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
  await applySchema(driver, "neo4j");
}

export async function countGraph(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
    {},
    { database: "neo4j" },
  );
  return {
    nodes: records[0]!.get("nodes") as number,
    relationships: records[0]!.get("relationships") as number,
  };
}
