/** HTTP and Neo4j helpers for the hostile-request tests. */
import type { Driver } from "neo4j-driver";
import { buildSchema } from "../../src/api/schema.js";
import { createApi } from "../../src/api/server.js";
import type { Config } from "../../src/config/env.js";
import { afterAll, beforeAll } from "vitest";
import { testConfig } from "./api.js";
import { resetDatabase, testDriver } from "./neo4j.js";

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

/** `{counties: {some: {state: {some: …}}}}`, `levels` relationship filters deep. */
export function nestedStateFilter(levels: number): Record<string, unknown> {
  let filter: Record<string, unknown> = { id: { eq: "DE-SN" } };
  for (let level = 0; level < levels; level++) {
    filter = level % 2 === 0 ? { state: { some: filter } } : { counties: { some: filter } };
  }
  return filter.counties ? filter : { counties: { some: filter } };
}

export interface HostileRequest {
  query: string;
  variables?: Record<string, unknown>;
  /** The extensions.code it must be answered with. */
  code: string;
}

const cursor = (text: string): string => Buffer.from(text).toString("base64");

/** One of each class of hostile request, with the code each must get. */
export const HOSTILE_REQUESTS: HostileRequest[] = [
  {
    query: "query ($w: StateWhere) { states(where: $w) { id } }",
    variables: { w: nestedStateFilter(31) },
    code: "ARGUMENT_TOO_DEEP",
  },
  {
    query: "query ($w: StateWhere) { states(where: $w) { id } }",
    variables: { w: { OR: Array.from({ length: 2_000 }, (_, i) => ({ id: { eq: `DE-${i}` } })) } },
    code: "ARGUMENTS_TOO_LARGE",
  },
  {
    query: `{ states(where: ${"{AND: [".repeat(50)}{id: {eq: "x"}}${"]}".repeat(50)}) { id } }`,
    code: "ARGUMENT_TOO_DEEP",
  },
  { query: `{ search(text: "${"x".repeat(1_500)}") { id } }`, code: "ARGUMENT_TOO_LONG" },
  { query: "{ chairs(year: 1000000000) { fact } }", code: "BAD_USER_INPUT" },
  { query: "{ chairs(year: -1) { fact } }", code: "BAD_USER_INPUT" },
  { query: "{ states(limit: -1) { id } }", code: "BAD_USER_INPUT" },
  { query: "{ states(offset: -1) { id } }", code: "BAD_USER_INPUT" },
  { query: "{ municipalities(limit: 501) { id } }", code: "BAD_USER_INPUT" },
  { query: "{ statesConnection(first: -1) { totalCount } }", code: "BAD_USER_INPUT" },
  {
    query: "query ($after: String) { statesConnection(after: $after) { totalCount } }",
    variables: { after: cursor("arrayconnection:-5") },
    code: "BAD_USER_INPUT",
  },
  {
    query: "query ($after: String) { statesConnection(after: $after) { totalCount } }",
    variables: { after: "not a cursor" },
    code: "BAD_USER_INPUT",
  },
  { query: '{ search(text: "Bund", limit: 51) { id } }', code: "BAD_USER_INPUT" },
  { query: '{ search(text: "Bund", limit: -1) { id } }', code: "BAD_USER_INPUT" },
  {
    query: '{ connection(from: "DE-BY", to: "DE-SN", maxHops: 7) { nodes { id } } }',
    code: "BAD_USER_INPUT",
  },
  { query: '{ neighborhood(id: "DE-BY", depth: 4) { nodes { id } } }', code: "BAD_USER_INPUT" },
  {
    query: 'query ($at: Date) { officeHolders(organization: "DE-BY", at: $at) { fact } }',
    variables: { at: "2025-02-30" },
    code: "BAD_USER_INPUT",
  },
  { query: '{ officeHolders(organization: "DE-BY", at: "-1") { fact } }', code: "GRAPHQL_VALIDATION_FAILED" },
  { query: "{ chairs(year: 2025) { sources(first: -1) { quote } } }", code: "BAD_USER_INPUT" },
  { query: "{ reviewQueue { id decidedBy } }", code: "UNAUTHENTICATED" },
];

/** Starts the API over HTTP on a free port, without rate limit; `base` ends in a slash. */
export async function listenApi(
  driver: Driver,
  config: Config = testConfig({ GOVGRAPH_RATE_LIMIT_PER_MINUTE: "0" }),
  extra?: Parameters<typeof buildSchema>[2],
): Promise<{ base: string; graphql: string; close(): Promise<void> }> {
  const schema = await buildSchema(driver, config.auth, extra);
  const api = await createApi({ config, driver, database: "neo4j", source: "test", schema, log: () => {} });
  const server = await api.listen();
  return { base: server.url, graphql: `${server.url}graphql`, close: server.close };
}

/** A small graph: Sachsen, one county, one municipality, the IT-Planungsrat. */
export const SMALL_GRAPH = `CREATE (s:Entity:State {id: 'DE-SN', name: 'Sachsen', aliases: []})
  CREATE (c:Entity:County {id: '14522', name: 'Mittelsachsen', aliases: []})-[:IN_STATE]->(s)
  CREATE (:Entity:Municipality {id: '14522010', name: 'Freiberg', aliases: []})-[:IN_COUNTY]->(c)
  CREATE (:Entity:Organization {id: 'it-planungsrat', name: 'IT-Planungsrat', aliases: []})`;

export interface HostileServer {
  driver: Driver;
  base: string;
  graphql: string;
}

/** Registers the setup of a hostile-request test file: the small graph and the API over HTTP. */
export function useSmallGraphServer(): HostileServer {
  const state = {} as HostileServer & { close?: () => Promise<void> };
  beforeAll(async () => {
    state.driver = testDriver();
    await resetDatabase(state.driver);
    await state.driver.executeQuery(SMALL_GRAPH);
    Object.assign(state, await listenApi(state.driver));
  });
  afterAll(async () => {
    await state.close?.();
    await state.driver?.close();
  });
  return state;
}
