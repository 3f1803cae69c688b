/**
 * Generated hostile requests (fast-check): nesting shapes, list sizes, strings with Lucene syntax,
 * integers, dates, cursors and wrongly typed variables, sent over HTTP. Every answer must carry a
 * stable code that is not INTERNAL_SERVER_ERROR; refusals come within a second. Then raw bodies
 * (sizes, garbage, cut or mislabelled compression, charsets, tokens): JSON with a code, never a
 * stack. The run size is GOVGRAPH_HOSTILE_RUNS (default 1,500, and a tenth of it for bodies:
 * under a minute); the graphql-http audit runs here too.
 */
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import fc from "fast-check";
import { auditServer } from "graphql-http";
import { beforeAll, describe, expect, it } from "vitest";
import { postGraphQL, runningQueries, useSmallGraphServer, type HostileRequest } from "../helpers/hostile.js";

const RUNS = Number(process.env.GOVGRAPH_HOSTILE_RUNS ?? 1_500);

const server = useSmallGraphServer();

beforeAll(async () => {
  // The first run of each query is planned by Neo4j (seconds on a busy machine); time the rest.
  for (const query of [STATES, SEARCH, ...INTEGER_FIELDS, ...DATE_FIELDS, CONNECTION]) {
    await postGraphQL(server.graphql, query, {
      w: { id: { eq: "DE-SN" } },
      text: "Sachsen",
      n: 1,
      d: "2025-01-01",
    });
  }
});

type Request = Omit<HostileRequest, "code">;

const STATES = "query ($w: StateWhere) { states(where: $w) { id } }";

/** A `where` value nested by a random path of relationship filters and AND/OR/NOT. */
const nestedWhere: fc.Arbitrary<Request> = fc
  .tuple(fc.array(fc.constantFrom("counties", "state", "AND", "OR", "NOT"), { maxLength: 45 }), fc.boolean())
  .map(([path, inVariables]) => {
    let filter: unknown = { id: { eq: "DE-SN" } };
    for (const step of path.reverse()) {
      if (step === "AND" || step === "OR") filter = { [step]: [filter] };
      else if (step === "NOT") filter = { NOT: filter };
      else filter = { [step]: { some: filter } };
    }
    const literal = (value: unknown): string =>
      Array.isArray(value)
        ? `[${value.map(literal).join(", ")}]`
        : typeof value === "object" && value !== null
          ? `{${Object.entries(value)
              .map(([key, inner]) => `${key}: ${literal(inner)}`)
              .join(", ")}}`
          : JSON.stringify(value);
    return inVariables
      ? { query: STATES, variables: { w: filter } }
      : { query: `{ states(where: ${literal(filter)}) { id } }` };
  });

/** Wide values: OR lists and `in` lists of random length. */
const wideWhere: fc.Arbitrary<Request> = fc
  .tuple(fc.integer({ min: 0, max: 3_000 }), fc.boolean())
  .map(([size, asOr]) => {
    const ids = Array.from({ length: size }, (_, i) => `DE-${i}`);
    const w = asOr ? { OR: ids.map((id) => ({ id: { eq: id } })) } : { id: { in: ids } };
    return { query: STATES, variables: { w } };
  });

const SEARCH = "query ($text: String!) { search(text: $text) { id } }";

const LUCENE = [
  "AND",
  "OR",
  "NOT",
  "*",
  "?",
  "~",
  '"',
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ":",
  "\\",
  "/",
  "^",
  "+",
  "-",
  "!",
  "&&",
  "||",
];

/** Search text: Lucene syntax, unicode, control characters, very long words. */
const searchText: fc.Arbitrary<Request> = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.constantFrom(...LUCENE),
        fc.string({ unit: "binary", maxLength: 40 }),
        fc.constant("Länder"),
      ),
      {
        maxLength: 12,
      },
    ),
    fc.integer({ min: 0, max: 1_200 }),
  )
  .map(([parts, longWord]) => ({
    query: SEARCH,
    variables: { text: `${parts.join(" ")} ${"w".repeat(longWord)}` },
  }));

const INTEGER_FIELDS = [
  "query ($n: Int) { states(limit: $n) { id } }",
  "query ($n: Int) { states(offset: $n) { id } }",
  "query ($n: Int) { municipalities(limit: $n) { id } }",
  "query ($n: Int) { statesConnection(first: $n) { totalCount edges { node { id } } } }",
  "query ($n: Int) { states { counties(limit: $n) { id } } }",
  "query ($n: Int) { chairs(year: $n) { fact } }",
  'query ($n: Int) { search(text: "Sachsen", limit: $n) { id } }',
  'query ($n: Int) { connection(from: "DE-SN", to: "14522", maxHops: $n) { nodes { id } } }',
  'query ($n: Int) { neighborhood(id: "DE-SN", depth: $n) { nodes { id } } }',
  'query ($n: Int) { serviceAvailability(service: "x") { municipalities(limit: $n) { since } } }',
  'query ($n: Int) { serviceAvailability(service: "x") { municipalities(offset: $n) { since } } }',
  "query ($n: Int) { reviewQueue(limit: $n) { id } }",
];

/** Integers in and out of every range, and values of the wrong type. */
const integers: fc.Arbitrary<Request> = fc
  .tuple(
    fc.constantFrom(...INTEGER_FIELDS),
    fc.oneof(
      fc.integer({ min: -3, max: 600 }),
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
      fc.constantFrom(0, 1, 2 ** 31, -0.5, 1e21, "5", null, true, [1], { n: 1 }),
    ),
  )
  .map(([query, n]) => ({ query, variables: { n } }));

const DATE_FIELDS = [
  'query ($d: Date) { officeHolders(organization: "it-planungsrat", at: $d) { fact } }',
  'query ($d: Date) { timeline(entity: "it-planungsrat", from: $d) { fact } }',
  "query ($d: Date) { chairmanships(where: {from: {gt: $d}}) { id } }",
];

/** Dates: near misses of YYYY-MM-DD, date-times, random strings, wrong types. */
const dates: fc.Arbitrary<Request> = fc
  .tuple(
    fc.constantFrom(...DATE_FIELDS),
    fc.oneof(
      fc
        .tuple(
          fc.integer({ min: -1, max: 10_000 }),
          fc.integer({ min: -1, max: 13 }),
          fc.integer({ min: -1, max: 32 }),
        )
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      fc.string({ maxLength: 30 }),
      fc.constantFrom("-1", "2025-02-30", "2024-02-29", 20250207, null, {}),
    ),
  )
  .map(([query, d]) => ({ query, variables: { d } }));

const CONNECTION = "query ($a: String) { statesConnection(after: $a) { totalCount edges { node { id } } } }";

/** Cursors: forged offsets and random text. */
const cursors: fc.Arbitrary<Request> = fc
  .oneof(
    fc
      .integer({ min: -(2 ** 40), max: 2 ** 40 })
      .map((n) => Buffer.from(`arrayconnection:${n}`).toString("base64")),
    fc.string({ maxLength: 60 }),
    fc.string({ maxLength: 40 }).map((text) => Buffer.from(text).toString("base64")),
  )
  .map((after) => ({
    query: CONNECTION,
    variables: { a: after },
  }));

const hostile = fc.oneof(nestedWhere, wideWhere, searchText, integers, dates, cursors);

describe("generated hostile requests", () => {
  it(`answers ${RUNS} generated hostile requests with stable codes, none INTERNAL_SERVER_ERROR, refusals within a second`, async () => {
    const codes = new Map<string, number>();
    let slowestRefusal = 0;
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(hostile, async (request) => {
        const sent = performance.now();
        const { status, body } = await postGraphQL(server.graphql, request.query, request.variables);
        const errorCodes = (body.errors ?? []).map((error) => error.extensions?.code ?? "NONE");
        if (errorCodes.length) slowestRefusal = Math.max(slowestRefusal, performance.now() - sent);
        for (const code of errorCodes.length ? errorCodes : ["OK"])
          codes.set(code, (codes.get(code) ?? 0) + 1);
        expect(errorCodes).not.toContain("INTERNAL_SERVER_ERROR");
        expect(errorCodes).not.toContain("NONE");
        expect(status).toBeLessThan(500);
        // A refusal is quick; an accepted new filter shape is planned by Neo4j first (slower on a busy machine).
        expect(performance.now() - sent).toBeLessThan(errorCodes.length ? 1_000 : 5_000);
      }),
      { numRuns: RUNS },
    );
    console.log(
      `${RUNS} generated requests in ${Math.round((performance.now() - started) / 1000)} s, slowest refusal ` +
        `${Math.round(slowestRefusal)} ms: ${JSON.stringify(Object.fromEntries([...codes].sort()))}`,
    );
    expect(await runningQueries(server.driver)).toEqual([]);
  }, 300_000);
});

const ENCODERS: Record<string, (body: Buffer) => Buffer> = {
  identity: (body) => body,
  gzip: (body) => gzipSync(body),
  deflate: (body) => deflateSync(body),
  br: (body) => brotliCompressSync(body),
};

/** Raw bodies: padding up to 300 kB, garbage, cut compressed streams, odd charsets, encodings and tokens. */
const rawBody = fc.record({
  padding: fc.integer({ min: 0, max: 300_000 }),
  garbage: fc.option(fc.uint8Array({ maxLength: 200 }), { nil: undefined }),
  encoding: fc.constantFrom("identity", "gzip", "deflate", "br"),
  declared: fc.option(fc.constantFrom("gzip", "deflate", "br", "compress", "gzip, gzip", "identity"), {
    nil: undefined,
  }),
  cut: fc.boolean(),
  contentType: fc.constantFrom(
    "application/json",
    "application/json; charset=utf-8",
    "application/json; charset=latin1",
    "application/json; charset=utf-16",
  ),
  authorization: fc.option(fc.constantFrom("x", "Bearer a.b.c", "Bearer ", "Basic dXNlcg=="), {
    nil: undefined,
  }),
});

/** The run size of the raw-body property: each request may carry 300 kB. */
const BODY_RUNS = Math.max(50, Math.round(RUNS / 10));

describe("generated hostile bodies", () => {
  it(`answers ${BODY_RUNS} generated hostile bodies with JSON and a code, never a stack or a path`, async () => {
    await fc.assert(
      fc.asyncProperty(rawBody, async (generated) => {
        const json = Buffer.from(
          JSON.stringify({ query: `{ states { id } }${" ".repeat(generated.padding)}` }),
        );
        let body = ENCODERS[generated.encoding]!(generated.garbage ? Buffer.from(generated.garbage) : json);
        if (generated.cut) body = body.subarray(0, Math.floor(body.length / 2));
        const headers: Record<string, string> = { "content-type": generated.contentType };
        const encoding = generated.declared ?? generated.encoding;
        if (encoding !== "identity") headers["content-encoding"] = encoding;
        if (generated.authorization) headers.authorization = generated.authorization;
        const response = await fetch(server.graphql, { method: "POST", headers, body });
        const text = await response.text();
        expect(response.status).toBeLessThan(500);
        expect(response.headers.get("content-type")).toMatch(/^application\/(graphql-response\+)?json/);
        const answer = JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
        expect(answer.data !== undefined || typeof answer.errors?.[0]?.extensions?.code === "string").toBe(
          true,
        );
        expect(text).not.toMatch(/node_modules|\/work\/|at \w+ \(|<html/i);
      }),
      { numRuns: BODY_RUNS },
    );
  }, 300_000);
});

describe("GraphQL over HTTP", () => {
  it("passes the graphql-http audit without errors", async () => {
    const results = await auditServer({ url: server.graphql });
    const failed = results.filter((result) => result.status !== "ok");
    for (const result of failed) {
      console.log(`${result.status}: ${result.name} (${"reason" in result ? result.reason : ""})`);
    }
    console.log(`graphql-http audit: ${results.length - failed.length} of ${results.length} ok`);
    expect(failed.filter((result) => result.status === "error").map((result) => result.name)).toEqual([]);
  });
});
