/**
 * Server-side termination of the API's transactions that outlive the query timeout. The driver
 * passes the timeout to Neo4j, but a query still being planned or rewritten may keep a thread
 * busy after it fired; the reaper finds the API's transactions by their metadata
 * (`SHOW TRANSACTIONS`) and ends those past the timeout (`TERMINATE TRANSACTIONS`).
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { Driver } from "neo4j-driver";
import { ErrorCode } from "../errors.js";

/** Every API transaction carries this metadata, so that the reaper touches nothing else. */
export const API_TRANSACTION_METADATA = { govgraph: "api" } as const;

/** Terminates the API's transactions older than `olderThanMs`; resolves to how many it ended. */
export function createTransactionReaper(driver: Driver, database: string, olderThanMs: number) {
  return async (): Promise<number> => {
    const { records } = await driver.executeQuery(
      `SHOW TRANSACTIONS YIELD transactionId, metaData, elapsedTime
       WHERE metaData.govgraph = $tag AND elapsedTime.milliseconds > $olderThanMs
       RETURN collect(transactionId) AS ids`,
      { tag: API_TRANSACTION_METADATA.govgraph, olderThanMs },
      { database },
    );
    const ids = (records[0]?.get("ids") as string[] | undefined) ?? [];
    if (ids.length > 0) await driver.executeQuery("TERMINATE TRANSACTIONS $ids", { ids }, { database });
    return ids.length;
  };
}

const OUTLIVED = new Set<unknown>([ErrorCode.QUERY_TIMEOUT, ErrorCode.DATABASE_BUSY]);

/**
 * Runs the reaper when a request is still in flight a little after the query timeout, and when
 * a request ended in QUERY_TIMEOUT. Costs one timer per request otherwise.
 */
export function transactionReaperPlugin<Context extends object>(
  reap: () => Promise<number>,
  timeoutMs: number,
  log: (message: string, error?: unknown) => void,
): ApolloServerPlugin<Context> {
  const run = () => {
    reap().catch((error: unknown) => log("terminating timed-out transactions failed", error));
  };
  return {
    async requestDidStart() {
      const timer = setTimeout(run, timeoutMs + 250);
      timer.unref();
      return {
        async willSendResponse({ response }) {
          clearTimeout(timer);
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          if (errors?.some((error) => OUTLIVED.has(error.extensions?.code))) run();
        },
      };
    },
  };
}
