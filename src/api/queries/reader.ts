/**
 * Runs read queries: routed to followers on a cluster (routing: READ), with the configured
 * timeout passed to Neo4j, rows returned as plain objects.
 */
import { routing, type Driver } from "neo4j-driver";
import { API_TRANSACTION_METADATA } from "../limits/transaction-reaper.js";

export type Reader = <Row>(cypher: string, parameters?: Record<string, unknown>) => Promise<Row[]>;

export function createReader(driver: Driver, database: string, timeoutMs: number): Reader {
  return async <Row>(cypher: string, parameters: Record<string, unknown> = {}) => {
    const { records } = await driver.executeQuery(cypher, parameters, {
      database,
      routing: routing.READ,
      transactionConfig: { timeout: timeoutMs, metadata: API_TRANSACTION_METADATA },
    });
    return records.map((record) => record.toObject() as Row);
  };
}
