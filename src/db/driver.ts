/** Creates the neo4j-driver instance for any Neo4j: bolt://, neo4j:// (cluster routing), neo4j+s:// (Aura). */
import neo4j, { type Driver } from "neo4j-driver";
import type { Neo4jConnection } from "../config/env.js";

/** Drivers made by createDriver for a cluster (`neo4j://` schemes): their reads may reach followers. */
const routingDrivers = new WeakSet<Driver>();

/**
 * True when the driver routes reads over a cluster, where a read may reach a server that has not
 * yet applied a write and must carry the writes' bookmarks. A direct connection (`bolt://`, the
 * embedded Neo4j) reaches the one server that committed every write already.
 */
export function routesReads(driver: Driver): boolean {
  return routingDrivers.has(driver);
}

export function createDriver(connection: Neo4jConnection): Driver {
  const auth =
    connection.password === "" ? undefined : neo4j.auth.basic(connection.user, connection.password);
  const driver = neo4j.driver(connection.uri, auth, {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    // Managed transactions retry transient errors (deadlocks, a leader switch) until this much
    // time has passed, after a first back-off of about 1 s: so one retry. The default of 30 s
    // made every query hang for 30 s while Neo4j was down; now the API answers
    // DATABASE_UNAVAILABLE in about a second (tests/integration/faults.test.ts).
    maxTransactionRetryTime: 500,
    maxConnectionPoolSize: 100,
    userAgent: "govgraph",
  });
  if (/^neo4j(\+s|\+ssc)?:\/\//.test(connection.uri)) routingDrivers.add(driver);
  return driver;
}

/** Waits until the server answers, for servers that are still starting (containers, restarts). */
export async function waitForConnectivity(driver: Driver, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.getServerInfo();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
