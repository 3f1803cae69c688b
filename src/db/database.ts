/**
 * Opens the Neo4j GovGraph talks to, in the order DESIGN.md gives: NEO4J_URI when set, otherwise
 * the embedded launcher. (Docker users run docker-compose.yml, which sets NEO4J_URI.)
 */
import type { Driver } from "neo4j-driver";
import type { Config } from "../config/env.js";
import { createDriver, waitForConnectivity } from "./driver.js";
import { startEmbeddedNeo4j } from "./embedded-neo4j.js";
import { applySchema } from "./schema.js";

export interface Database {
  driver: Driver;
  database: string;
  uri: string;
  source: "external" | "embedded";
  close(): Promise<void>;
}

export async function openDatabase(
  config: Config,
  log: (line: string) => void = () => {},
): Promise<Database> {
  if (config.neo4j) {
    const driver = createDriver(config.neo4j);
    await waitForConnectivity(driver);
    await applySchema(driver, config.neo4j.database);
    return {
      driver,
      database: config.neo4j.database,
      uri: config.neo4j.uri,
      source: "external",
      close: () => driver.close(),
    };
  }
  log(`Starting embedded Neo4j (data in ${config.embedded.home})...`);
  const server = await startEmbeddedNeo4j({ ...config.embedded, log: () => {} });
  const driver = createDriver({ uri: server.uri, user: "neo4j", password: "", database: "neo4j" });
  try {
    await waitForConnectivity(driver);
    await applySchema(driver, "neo4j");
  } catch (error) {
    await driver.close();
    await server.stop();
    throw error;
  }
  return {
    driver,
    database: "neo4j",
    uri: server.uri,
    source: "embedded",
    close: async () => {
      await driver.close();
      await server.stop();
    },
  };
}
