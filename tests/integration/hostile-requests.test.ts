/**
 * Requests an anonymous attacker might send, over HTTP against a seeded graph: timeouts end on
 * the server, body limits hold until a token is verified, bad input is BAD_USER_INPUT, nothing
 * describes the configuration, and a burst of hostile requests leaves Neo4j idle and fast.
 */
import { gzipSync } from "node:zlib";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintToken } from "../../src/api/auth.js";
import { createTransactionReaper } from "../../src/api/limits/transaction-reaper.js";
import { loadConfig, type Config } from "../../src/config/env.js";
import { seedDatabase } from "../../src/seed/seed.js";
import { TEST_JWT_SECRET, testConfig } from "../helpers/api.js";
import {
  HOSTILE_REQUESTS,
  listenApi,
  postGraphQL,
  runningQueries,
  type GraphQLBody,
} from "../helpers/hostile.js";
import { resetDatabase, testDriver } from "../helpers/neo4j.js";

let driver: Driver;
const closers: (() => Promise<void>)[] = [];
let base: string;
let graphql: string;
let editor: string;
let admin: string;
let reader: string;

/** A query that runs until Neo4j stops it: the stand-in for a query that outlives its timeout. */
const SPIN = {
  typeDefs: "extend type Query { spin: Int }",
  resolvers: {
    Query: {
      spin: async (_: unknown, __: unknown, context: { read: (cypher: string) => Promise<unknown[]> }) => {
        await context.read("UNWIND range(1, 2000000000) AS i WITH i WHERE i = -1 RETURN count(i) AS n");
        return 0;
      },
    },
  },
};

async function serve(overrides: Record<string, string> = {}): Promise<string> {
  return serveWith(testConfig({ GOVGRAPH_RATE_LIMIT_PER_MINUTE: "0", ...overrides }));
}

async function serveWith(config: Config): Promise<string> {
  const server = await listenApi(driver, config, SPIN);
  closers.push(server.close);
  return server.base;
}

const codeOf = (body: GraphQLBody): string | undefined => body.errors?.[0]?.extensions?.code;

async function postRaw(
  body: Buffer | string,
  headers: Record<string, string>,
): Promise<{ status: number; text: string; type: string | null }> {
  const response = await fetch(graphql, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  return { status: response.status, text: await response.text(), type: response.headers.get("content-type") };
}

/** The p50 of `runs` answers to chairs(year: 2025), in ms. */
async function chairsP50(runs = 15): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const { body } = await postGraphQL(graphql, "{ chairs(year: 2025) { fact body { id } holder { id } } }");
    expect(body.errors).toBeUndefined();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

async function waitUntilIdle(timeoutMs = 2_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let running = await runningQueries(driver);
  while (running.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    running = await runningQueries(driver);
  }
  return running;
}

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await seedDatabase(driver, "neo4j");
  base = await serve();
  graphql = `${base}graphql`;
  const token = (roles: ("editor" | "admin")[]) =>
    mintToken({ secret: TEST_JWT_SECRET, roles, expiresIn: "10m", subject: "redaktion" });
  [editor, admin, reader] = await Promise.all([token(["editor"]), token(["admin"]), token([])]);
});

afterAll(async () => {
  for (const close of closers) await close();
  await driver?.close();
});

describe("query timeouts", () => {
  it("ends a query past its timeout with QUERY_TIMEOUT, and Neo4j runs nothing of it afterwards", async () => {
    const impatient = `${await serve({ GOVGRAPH_QUERY_TIMEOUT_MS: "500" })}graphql`;
    const started = performance.now();
    const { body } = await postGraphQL(impatient, "{ spin }");
    expect(codeOf(body)).toBe("QUERY_TIMEOUT");
    // 500 ms timeout plus the reaper's grace: seconds, not the minutes the query would run.
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(await waitUntilIdle()).toEqual([]);
  });

  it("terminates the API's transactions older than the timeout on the server", async () => {
    const session = driver.session({ database: "neo4j" });
    const running = session
      .run(
        "UNWIND range(1, 2000000000) AS i WITH i WHERE i = -1 RETURN count(i)",
        {},
        { metadata: { govgraph: "api" } },
      )
      .then(
        () => "finished",
        (error: { code?: string }) => error.code ?? "failed",
      );
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await createTransactionReaper(driver, "neo4j", 200)()).toBe(1);
    expect(await running).toMatch(/Terminated/);
    await session.close();
    expect(await waitUntilIdle()).toEqual([]);
  });
});

describe("body limits before identity", () => {
  const padded = (bytes: number) => JSON.stringify({ query: `{ states { id } }${" ".repeat(bytes)}` });

  it("keeps the small limit for any Authorization header that is not a verified editor's", async () => {
    for (const authorization of ["x", "Bearer forged.token.here", `Bearer ${reader}`]) {
      const { status, text } = await postRaw(padded(2_000_000), { authorization });
      expect(status, authorization).toBe(413);
      expect(JSON.parse(text)).toMatchObject({ errors: [{ extensions: { code: "REQUEST_TOO_LARGE" } }] });
    }
  });

  it("gives a verified editor the large limit", async () => {
    const { status } = await postRaw(padded(2_000_000), { authorization: `Bearer ${editor}` });
    expect(status).toBe(200);
  });

  it("counts a compressed body as inflated: 11 kB of gzip that inflate to 11 MB are refused", async () => {
    const bomb = gzipSync(padded(11_000_000));
    expect(bomb.length).toBeLessThan(20_000);
    const { status, text } = await postRaw(bomb, { "content-encoding": "gzip", authorization: "x" });
    expect(status).toBe(413);
    expect(JSON.parse(text)).toMatchObject({ errors: [{ extensions: { code: "REQUEST_TOO_LARGE" } }] });
  });

  it("answers every body-parser failure as JSON with a code, without stack or path", async () => {
    const cases: [Record<string, string>, Buffer | string, number, string][] = [
      [{ "content-type": "application/json; charset=latin1" }, padded(10), 415, "UNSUPPORTED_MEDIA_TYPE"],
      [{ "content-encoding": "gzip" }, Buffer.from("not gzip at all"), 400, "BAD_REQUEST"],
      [{ "content-encoding": "br" }, Buffer.from("not brotli"), 400, "BAD_REQUEST"],
      [{ "content-encoding": "deflate" }, Buffer.from("not deflate"), 400, "BAD_REQUEST"],
      [{ "content-encoding": "compress" }, Buffer.from("x"), 415, "UNSUPPORTED_MEDIA_TYPE"],
      [{}, "{ not json", 400, "BAD_REQUEST"],
      [{ "content-type": "application/json; charset=utf-8" }, "{ not json", 400, "BAD_REQUEST"],
      [{}, '"a JSON string, not an object"', 400, "BAD_REQUEST"],
    ];
    for (const [headers, body, status, code] of cases) {
      const answer = await postRaw(body, headers);
      const label = JSON.stringify(headers);
      expect(answer.status, label).toBe(status);
      expect(answer.type, label).toMatch(/^application\/json/);
      expect(JSON.parse(answer.text), label).toMatchObject({ errors: [{ extensions: { code } }] });
      expect(answer.text, label).not.toMatch(/node_modules|\/work\/|at \w+ \(|<html/i);
    }
  });
});

describe("bad input", () => {
  it("answers each hostile request within a second with a stable code, never INTERNAL_SERVER_ERROR", async () => {
    for (const request of HOSTILE_REQUESTS) {
      const started = performance.now();
      const { body } = await postGraphQL(graphql, request.query, request.variables);
      const label = `${request.query} ${JSON.stringify(request.variables ?? {}).slice(0, 80)}`;
      expect(performance.now() - started, label).toBeLessThan(1_000);
      expect(codeOf(body), label).toBe(request.code);
    }
  });

  it("reads search text as words: Lucene operators and long words find what plain words find", async () => {
    const plain = await postGraphQL(graphql, '{ search(text: "Bund Länder") { id } }');
    const operators = await postGraphQL(graphql, '{ search(text: "Bund AND Länder") { id } }');
    expect(operators.body.errors).toBeUndefined();
    expect(plain.body.errors).toBeUndefined();
    const long = await postGraphQL(graphql, `{ search(text: "${"Länder".repeat(150)}") { id } }`);
    expect(long.body.errors).toBeUndefined();
  });

  it("takes zero to mean zero rows, top-level, nested and in connections, each time it is asked", async () => {
    const query = `{ states(limit: 0) { id }
         some: states(limit: 2) { id counties(limit: 0) { id } }
         statesConnection(first: 0) { totalCount edges { node { id } } pageInfo { hasNextPage } } }`;
    // The second answer comes from the checks' plan of the first (the document has no variables).
    const first = await postGraphQL(graphql, query);
    const { body } = await postGraphQL(graphql, query);
    expect(body).toEqual(first.body);
    expect(body.errors).toBeUndefined();
    const data = body.data as {
      states: unknown[];
      some: { counties: unknown[] }[];
      statesConnection: { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean } };
    };
    expect(data.states).toEqual([]);
    expect(data.some).toHaveLength(2);
    expect(data.some.every((state) => state.counties.length === 0)).toBe(true);
    expect(data.statesConnection.edges).toEqual([]);
    expect(data.statesConnection.totalCount).toBe(16);
    expect(data.statesConnection.pageInfo.hasNextPage).toBe(true);
  });

  it("reads a date only as a real calendar day written YYYY-MM-DD", async () => {
    const query = 'query ($at: Date) { officeHolders(organization: "DE-BY", at: $at) { fact } }';
    for (const at of ["2025-02-30", "-1", "2025-02-07T10:00:00Z", "20250207", "2025-2-7"]) {
      const { body } = await postGraphQL(graphql, query, { at });
      expect(codeOf(body), at).toBe("BAD_USER_INPUT");
    }
    const { body } = await postGraphQL(graphql, query, { at: "2024-02-29" });
    expect(body.errors).toBeUndefined();
  });
});

describe("least exposure", () => {
  it("shows the review queue to editors only", async () => {
    const anonymous = await postGraphQL(graphql, "{ reviewQueue { id decidedBy } }");
    expect(codeOf(anonymous.body)).toBe("UNAUTHENTICATED");
    const asReader = await postGraphQL(
      graphql,
      "{ reviewQueue { id } }",
      {},
      { authorization: `Bearer ${reader}` },
    );
    expect(codeOf(asReader.body)).toBe("FORBIDDEN");
    const asEditor = await postGraphQL(
      graphql,
      "{ reviewQueue { id } }",
      {},
      { authorization: `Bearer ${editor}` },
    );
    expect(asEditor.body.errors).toBeUndefined();
  });

  it("says nothing about the configuration when a token cannot be checked", async () => {
    const noKeys = `${await serveWith(loadConfig({ NODE_ENV: "test", PORT: "0" }))}graphql`;
    const { body } = await postGraphQL(
      noKeys,
      'mutation { rejectReview(id: "x") { id } }',
      {},
      {
        authorization: `Bearer ${editor}`,
      },
    );
    expect(codeOf(body)).toBe("UNAUTHENTICATED");
    expect(body.errors?.[0]?.message).not.toMatch(/secret|jwks|configur/i);
  });

  it("tells anyone at /health only up or down, and an admin the details", async () => {
    const anonymous = await fetch(`${base}health`);
    expect(await anonymous.json()).toEqual({ status: "ok", neo4j: { status: "up" } });
    const asAdmin = await fetch(`${base}health`, { headers: { authorization: `Bearer ${admin}` } });
    expect(await asAdmin.json()).toMatchObject({
      neo4j: { status: "up", version: expect.stringMatching(/Neo4j/) },
    });
  });

  it("hides schema suggestions when introspection is off", async () => {
    const production = `${await serve({ NODE_ENV: "production" })}graphql`;
    const { body } = await postGraphQL(production, "{ state { id } }");
    expect(codeOf(body)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it("sends security headers on the explorer, the API and /health", async () => {
    for (const path of ["", "graphql?query=%7B__typename%7D", "health"]) {
      const response = await fetch(`${base}${path}`, { headers: { "apollo-require-preflight": "1" } });
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), path).toBe("no-referrer");
      expect(response.headers.get("content-security-policy"), path).toMatch(/frame-ancestors 'none'/);
    }
  });
});

describe("a burst of hostile requests", () => {
  it("leaves Neo4j idle and chairs(year: 2025) as fast as before", async () => {
    const before = await chairsP50();
    const burst = Array.from({ length: 100 }, (_, i) => HOSTILE_REQUESTS[i % HOSTILE_REQUESTS.length]!);
    const started = performance.now();
    const answers = await Promise.all(
      burst.map(async (request) => {
        const sent = performance.now();
        const { body } = await postGraphQL(graphql, request.query, request.variables);
        return { code: codeOf(body), ms: performance.now() - sent };
      }),
    );
    const burstMs = performance.now() - started;
    expect(answers.every((answer) => answer.code && answer.code !== "INTERNAL_SERVER_ERROR")).toBe(true);
    const slowest = Math.max(...answers.map((answer) => answer.ms));
    expect(slowest).toBeLessThan(1_000);
    expect(await waitUntilIdle()).toEqual([]);
    const after = await chairsP50();
    console.log(
      `burst of 100: all answered in ${Math.round(burstMs)} ms (slowest ${Math.round(slowest)} ms); ` +
        `chairs(year: 2025) p50 ${before.toFixed(1)} ms before, ${after.toFixed(1)} ms after; Neo4j idle`,
    );
    expect(after).toBeLessThan(Math.max(before * 2, before + 10));
  });
});
