/**
 * Hostile queries are refused over HTTP, each with a stable extensions.code: depth, cost, aliases,
 * directives, tokens, page size, body size, CSRF, rate limit, introspection in production, and
 * the query timeout passed to Neo4j.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "../../src/api/schema.js";
import { createApi } from "../../src/api/server.js";
import { testConfig } from "../helpers/api.js";
import { resetDatabase, testDriver } from "../helpers/neo4j.js";

type GraphQLBody = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

let driver: Driver;
const servers: { url: string; close(): Promise<void> }[] = [];
let url: string;
let schema: Awaited<ReturnType<typeof buildSchema>>;

async function serve(overrides: Record<string, string>): Promise<string> {
  const config = testConfig({ GOVGRAPH_RATE_LIMIT_PER_MINUTE: "0", ...overrides });
  const api = await createApi({ config, driver, database: "neo4j", source: "test", schema, log: () => {} });
  const server = await api.listen();
  servers.push(server);
  return `${server.url}graphql`;
}

async function post(
  target: string,
  query: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLBody }> {
  const response = await fetch(target, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody };
}

const codeOf = (body: GraphQLBody): string | undefined => body.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  // One Land, one county with 600 municipalities: more than any page may hold.
  await driver.executeQuery(
    `CREATE (s:Entity:State {id: 'DE-SN', name: 'Sachsen', aliases: []})
     CREATE (c:Entity:County {id: '14522', name: 'Mittelsachsen', aliases: []})-[:IN_STATE]->(s)
     WITH c UNWIND range(1, 600) AS i
     CREATE (:Entity:Municipality {id: '14522' + toString(1000 + i), name: 'Gemeinde ' + i, aliases: []})-[:IN_COUNTY]->(c)`,
  );
  const config = testConfig();
  schema = await buildSchema(driver, config.auth);
  url = await serve({});
});

afterAll(async () => {
  for (const server of servers) await server.close();
  await driver?.close();
});

/** municipalities { county { municipalities { county { ... } } } }, `levels` below the top. */
function nested(levels: number, page?: number): string {
  const limit = page ? `(limit: ${page})` : "";
  const walk = (level: number): string =>
    level === levels
      ? "id"
      : `id ${level % 2 === 0 ? "county" : "municipalities"}${limit} { ${walk(level + 1)} }`;
  return `{ municipalities${limit} { ${walk(0)} } }`;
}

describe("query limits", () => {
  it("answers an ordinary query", async () => {
    const { status, body } = await post(url, "{ states { id counties { id } } }");
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it("refuses a query deeper than the limit with QUERY_TOO_DEEP", async () => {
    const { status, body } = await post(url, nested(12, 1));
    expect(status).toBe(400);
    expect(codeOf(body)).toBe("QUERY_TOO_DEEP");
    expect((await post(url, nested(6, 1))).body.errors).toBeUndefined();
  });

  it("refuses a query that may return too many rows with QUERY_TOO_COMPLEX, counting page sizes", async () => {
    // 50 municipalities x 1 county x 50 municipalities x 1 county x 50 municipalities: 125,000 rows.
    const { status, body } = await post(url, nested(4));
    expect(status).toBe(400);
    expect(codeOf(body)).toBe("QUERY_TOO_COMPLEX");
    expect(body.errors![0]!.extensions).toMatchObject({ cost: expect.any(Number), maxCost: 50_000 });
    const large = await post(url, "{ counties(limit: 500) { municipalities(limit: 500) { id } } }");
    expect(codeOf(large.body)).toBe("QUERY_TOO_COMPLEX");
    const fine = await post(url, "{ counties { id municipalities(limit: 500) { id } } }");
    expect(fine.body.errors).toBeUndefined();
  });

  it("refuses too many aliases with TOO_MANY_ALIASES", async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: states { id }`).join(" ");
    expect(codeOf((await post(url, `{ ${aliases} }`)).body)).toBe("TOO_MANY_ALIASES");
  });

  it("refuses too many directives with TOO_MANY_DIRECTIVES", async () => {
    const directives = Array.from({ length: 30 }, () => "@include(if: true)").join(" ");
    expect(codeOf((await post(url, `{ states { id ${directives} } }`)).body)).toBe("TOO_MANY_DIRECTIVES");
  });

  it("refuses a document with too many tokens with QUERY_TOO_LARGE", async () => {
    const fields = Array.from({ length: 2_100 }, () => "id").join(" ");
    expect(codeOf((await post(url, `{ states { ${fields} } }`)).body)).toBe("QUERY_TOO_LARGE");
  });

  it("refuses a page over the @limit maximum, top-level or nested, and serves the maximum", async () => {
    const top = await post(url, "{ municipalities(limit: 100000) { id } }");
    expect(codeOf(top.body)).toBe("BAD_USER_INPUT");
    expect(top.status).toBe(400);
    const largest = await post(url, "{ municipalities(limit: 500) { id } }");
    expect((largest.body.data!.municipalities as unknown[]).length).toBe(500);
    const byDefault = await post(url, "{ municipalities { id } }");
    expect((byDefault.body.data!.municipalities as unknown[]).length).toBe(50);
    const inner = await post(url, "{ counties { municipalities(limit: 100000) { id } } }");
    expect(codeOf(inner.body)).toBe("BAD_USER_INPUT");
  });

  it("refuses an anonymous body over the small limit with 413 REQUEST_TOO_LARGE", async () => {
    const padding = " ".repeat(200 * 1024);
    const { status, body } = await post(url, `{ states { id } }${padding}`);
    expect(status).toBe(413);
    expect(codeOf(body)).toBe("REQUEST_TOO_LARGE");
  });

  it("refuses malformed JSON with 400 BAD_REQUEST", async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{",
    });
    expect(response.status).toBe(400);
    expect(codeOf((await response.json()) as GraphQLBody)).toBe("BAD_REQUEST");
  });

  it("keeps CSRF prevention on: a simple GET or form POST without a preflight header is refused", async () => {
    const get = await fetch(`${url}?query=${encodeURIComponent("{ states { id } }")}`);
    expect(get.status).toBe(400);
    const form = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `query=${encodeURIComponent("{ states { id } }")}`,
    });
    expect(form.status).toBe(400);
    expect(await form.text()).toMatch(/CSRF|preflight/i);
    const withHeader = await fetch(`${url}?query=${encodeURIComponent("{ states { id } }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(withHeader.status).toBe(200);
  });

  it("limits requests per client with 429 RATE_LIMITED", async () => {
    const limited = await serve({ GOVGRAPH_RATE_LIMIT_PER_MINUTE: "3" });
    const statuses: number[] = [];
    let last: GraphQLBody | undefined;
    for (let i = 0; i < 5; i++) {
      const { status, body } = await post(limited, "{ states { id } }");
      statuses.push(status);
      last = body;
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(codeOf(last!)).toBe("RATE_LIMITED");
  });

  it("counts requests on every path against one limit and says so in the RateLimit headers", async () => {
    const limited = await serve({ GOVGRAPH_RATE_LIMIT_PER_MINUTE: "3" });
    // Plain JSON is served without express; a charset in capitals or a token goes through it.
    const variants: Record<string, string>[] = [
      {},
      { "content-type": "application/json; charset=UTF-8" },
      { authorization: "Bearer not-a-token" },
      {},
      { "content-type": "application/json; charset=UTF-8" },
    ];
    const answers: Response[] = [];
    for (const headers of variants) {
      answers.push(
        await fetch(limited, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify({ query: "{ states(limit: 1) { id } }" }),
        }),
      );
    }
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429, 429]);
    expect(answers.map((answer) => /; r=(\d+);/.exec(answer.headers.get("ratelimit") ?? "")?.[1])).toEqual([
      "2",
      "1",
      "0",
      "0",
      "0",
    ]);
    expect(answers[0]!.headers.get("ratelimit-policy")).toMatch(
      /^"3-in-1min"; q=3; w=60; pk=:[A-Za-z0-9+/=]+:$/,
    );
    expect(Number(answers[3]!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(codeOf((await answers[4]!.json()) as GraphQLBody)).toBe("RATE_LIMITED");
  });

  it("switches introspection off in production and masks nothing a client may know", async () => {
    const production = await serve({ NODE_ENV: "production" });
    const { body } = await post(production, "{ __schema { types { name } } }");
    expect(codeOf(body)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(body)).not.toMatch(/stacktrace/);
    const development = await post(url, "{ __schema { queryType { name } } }");
    expect(development.body.errors).toBeUndefined();
  });

  it("passes the query timeout to Neo4j for generated queries (QUERY_TIMEOUT)", async () => {
    const impatient = await serve({ GOVGRAPH_QUERY_TIMEOUT_MS: "1", GOVGRAPH_MAX_COST: "1000000000000" });
    const heavy = `{ municipalities(limit: 500, where: { name: { contains: "9" } }) {
      id county { municipalities(limit: 500) { id county { municipalities(limit: 500) { id } } } } } }`;
    const { body } = await post(impatient, heavy);
    expect(codeOf(body), JSON.stringify(body.errors)).toBe("QUERY_TIMEOUT");
  });
});
