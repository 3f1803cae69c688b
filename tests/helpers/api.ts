/** An in-process GovGraph API over the test Neo4j, for executing operations without HTTP. */
import type { Driver } from "neo4j-driver";
import { buildSchema } from "../../src/api/schema.js";
import { createApi, type Api } from "../../src/api/server.js";
import { loadConfig, type Config } from "../../src/config/env.js";
import { inject } from "vitest";
import { createNlpClient } from "../../src/nlp/client.js";

export const TEST_JWT_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: "test", PORT: "0", GOVGRAPH_JWT_SECRET: TEST_JWT_SECRET, ...overrides });
}

export async function createTestApi(driver: Driver, config: Config = testConfig()): Promise<Api> {
  const schema = await buildSchema(driver, config.auth);
  const endpoint = inject("nlpEndpoint");
  return createApi({
    config,
    driver,
    database: "neo4j",
    source: "test",
    schema,
    // The integration tier provides the test CoreNLP; the unit tier has none.
    ...(endpoint ? { nlp: createNlpClient(endpoint) } : {}),
    log: (message, error) => {
      if (process.env.GOVGRAPH_TEST_LOG) console.error(message, error);
    },
  });
}

type Result = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

/** Runs a GraphQL operation in process and returns its single result. */
export async function execute(
  api: Api,
  query: string,
  variables: Record<string, unknown> = {},
  authorization?: string,
): Promise<Result> {
  const response = await api.apollo.executeOperation(
    { query, variables },
    { contextValue: await api.contextFor(authorization) },
  );
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return response.body.singleResult as Result;
}
