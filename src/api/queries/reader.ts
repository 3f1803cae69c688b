/**
 * Runs read queries: routed to followers on a cluster (READ access), with the configured
 * timeout passed to Neo4j, rows returned as plain objects.
 *
 * Each read is one auto-commit query (`session.run`): RUN and PULL go out together and the
 * answer comes back in one round trip. A managed transaction (`executeQuery`, `executeRead`)
 * needs a second one for its COMMIT, which for a read commits nothing; on a loaded machine each
 * round trip is two process wake-ups (docs/performance.md). Auto-commit queries are not retried
 * by the driver, so a read that fails with an error the driver classifies as retryable (a
 * transient error, a lost or unavailable server, an expired session) is tried once more after
 * a short pause, as the driver's own retry would (`maxTransactionRetryTime` in src/db/driver.ts
 * allows one): when Neo4j is down, the API still answers DATABASE_UNAVAILABLE in about a second.
 *
 * Two costs of the driver a read does not need (docs/performance.md): bookmarks, which only a
 * cluster needs (a read routed to a follower waits for the writes made through this driver; a
 * direct connection reaches the one server that committed them), and the caller's stack trace
 * the driver formats for every result so that a failed query names where it was run from. A
 * failed read still carries Neo4j's code and message, which the API maps and logs.
 */
import neo4j, {
  isRetryableError,
  type Driver,
  type QueryResult,
  type Result,
  type Session,
} from "neo4j-driver";
import { routesReads } from "../../db/index.js";
import { API_TRANSACTION_METADATA } from "../limits/transaction-reaper.js";

export type Reader = <Row>(cypher: string, parameters?: Record<string, unknown>) => Promise<Row[]>;

/** Attempts per read: the first and one retry. */
const ATTEMPTS = 2;
/** Pause before the retry, with ±20 % jitter so that many clients do not retry in step. */
const RETRY_DELAY_MS = 500;

const pause = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms * (0.8 + Math.random() * 0.4)));

/** `session.run` without the caller's stack trace the driver captures and formats for each result. */
function runWithoutCallerStack(
  session: Session,
  cypher: string,
  parameters: Record<string, unknown>,
  config: { timeout: number; metadata: Record<string, string> },
): Result {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(cypher, parameters, config);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export function createReader(driver: Driver, database: string, timeoutMs: number): Reader {
  const transactionConfig = { timeout: timeoutMs, metadata: API_TRANSACTION_METADATA };
  const sessionConfig = {
    database,
    defaultAccessMode: neo4j.session.READ,
    // On a cluster, the bookmarks executeQuery shares: a read still follows the writes made through it.
    ...(routesReads(driver) ? { bookmarkManager: driver.executeQueryBookmarkManager } : {}),
  };
  const runOnce = async (cypher: string, parameters: Record<string, unknown>): Promise<QueryResult> => {
    const session: Session = driver.session(sessionConfig);
    try {
      return await runWithoutCallerStack(session, cypher, parameters, transactionConfig);
    } finally {
      await session.close();
    }
  };
  return async <Row>(cypher: string, parameters: Record<string, unknown> = {}) => {
    for (let attempt = 1; ; attempt++) {
      try {
        const { records } = await runOnce(cypher, parameters);
        return records.map((record) => record.toObject() as Row);
      } catch (error) {
        if (attempt >= ATTEMPTS || !isRetryableError(error)) throw error;
        await pause(RETRY_DELAY_MS);
      }
    }
  };
}
