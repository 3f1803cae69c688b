/** HTTP and Neo4j helpers for the hostile-request tests. */
import type { Driver } from "neo4j-driver";

export type GraphQLBody = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
};

/** POSTs one GraphQL operation; gives up after `timeoutMs` so that a hanging server fails the test. */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  timeoutMs = 5_000,
): Promise<{ status: number; body: GraphQLBody }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody };
}

/** The queries Neo4j is running, apart from the one that asks. */
export async function runningQueries(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `SHOW TRANSACTIONS YIELD currentQuery, transactionId
     WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN currentQuery`,
    {},
    { database: "neo4j" },
  );
  return records.map((record) => String(record.get("currentQuery")));
}
