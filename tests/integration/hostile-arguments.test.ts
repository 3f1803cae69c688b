/**
 * Work hidden in argument values (a `where` nested in variables, huge OR lists, long strings) is
 * refused before @neo4j/graphql translates it, and afterwards Neo4j runs nothing of ours.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "../../src/api/schema.js";
import { createApi } from "../../src/api/server.js";
import { testConfig } from "../helpers/api.js";
import { nestedStateFilter, postGraphQL, runningQueries } from "../helpers/hostile.js";
import { resetDatabase, testDriver } from "../helpers/neo4j.js";

let driver: Driver;
let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await driver.executeQuery(
    `CREATE (s:Entity:State {id: 'DE-SN', name: 'Sachsen', aliases: []})
     CREATE (:Entity:County {id: '14522', name: 'Mittelsachsen', aliases: []})-[:IN_STATE]->(s)`,
  );
  const config = testConfig({ GOVGRAPH_RATE_LIMIT_PER_MINUTE: "0" });
  const schema = await buildSchema(driver, config.auth);
  const api = await createApi({ config, driver, database: "neo4j", source: "test", schema, log: () => {} });
  const server = await api.listen();
  url = `${server.url}graphql`;
  close = server.close;
});

afterAll(async () => {
  await close?.();
  await driver?.close();
});

const STATES = "query ($w: StateWhere) { states(where: $w) { id } }";

describe("argument values", () => {
  it("refuses a where filter nested 31 levels deep in variables within a second, and Neo4j stays idle", async () => {
    const started = performance.now();
    const { status, body } = await postGraphQL(url, STATES, { w: nestedStateFilter(31) });
    const elapsed = performance.now() - started;
    expect(body.errors?.[0]?.extensions?.code).toBe("ARGUMENT_TOO_DEEP");
    expect(status).toBe(400);
    expect(elapsed).toBeLessThan(1_000);
    expect(await runningQueries(driver)).toEqual([]);
  });

  it("still answers a shallow relationship filter", async () => {
    const { status, body } = await postGraphQL(url, STATES, { w: nestedStateFilter(1) });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data).toEqual({ states: [{ id: "DE-SN" }] });
  });

  it("refuses an OR of 2,000 id filters with ARGUMENTS_TOO_LARGE", async () => {
    const w = { OR: Array.from({ length: 2_000 }, (_, i) => ({ id: { eq: `DE-${i}` } })) };
    const { status, body } = await postGraphQL(url, STATES, { w });
    expect(body.errors?.[0]?.extensions?.code).toBe("ARGUMENTS_TOO_LARGE");
    expect(status).toBe(400);
  });

  it("refuses AND nested 1,000 deep written into the document itself", async () => {
    const literal = "{AND: [".repeat(60) + '{id: {eq: "DE-SN"}}' + "]}".repeat(60);
    const { status, body } = await postGraphQL(url, `{ states(where: ${literal}) { id } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe("ARGUMENT_TOO_DEEP");
    expect(status).toBe(400);
  });

  it("refuses an over-long string argument with ARGUMENT_TOO_LONG", async () => {
    const { status, body } = await postGraphQL(url, STATES, { w: { name: { contains: "x".repeat(5_000) } } });
    expect(body.errors?.[0]?.extensions?.code).toBe("ARGUMENT_TOO_LONG");
    expect(status).toBe(400);
  });
});
