/**
 * Faults: a Neo4j of its own (started here, stopped and killed here) behind a real API.
 * When Neo4j goes away, /health says 503 and queries fail fast with DATABASE_UNAVAILABLE; when it
 * comes back on the same port the API recovers by itself; an article write killed midway leaves
 * the article either complete or absent.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "../../src/api/schema.js";
import { createApi } from "../../src/api/server.js";
import { createDriver, waitForConnectivity } from "../../src/db/driver.js";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../src/db/embedded-neo4j.js";
import { applySchema } from "../../src/db/schema.js";
import { writeArticle } from "../../src/graph/write-article.js";
import type { ArticleFacts } from "../../src/model/fact.js";
import { testConfig } from "../helpers/api.js";

const home = mkdtempSync(path.join(os.tmpdir(), "govgraph-faults-"));
let neo4j: EmbeddedNeo4j;
let port: number;
let driver: Driver;
let server: { url: string; close(): Promise<void> };

/** Neo4j takes 10 to 50 s to start (JVM, page cache, recovery), so the tests here get minutes. */
const RESTART_BUDGET_MS = 180_000;

const start = async (): Promise<void> => {
  const started = performance.now();
  neo4j = await startEmbeddedNeo4j({ home, port: port ?? 0, heap: "512m", pageCache: "128m" });
  port = Number(new URL(neo4j.uri).port);
  console.log(`embedded Neo4j started in ${Math.round(performance.now() - started)} ms`);
};

beforeAll(async () => {
  await start();
  driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "", database: "neo4j" });
  await waitForConnectivity(driver);
  await applySchema(driver, "neo4j");
  const config = testConfig();
  const schema = await buildSchema(driver, config.auth);
  const api = await createApi({ config, driver, database: "neo4j", source: "test", schema, log: () => {} });
  server = await api.listen();
});

afterAll(async () => {
  await server?.close();
  await driver?.close();
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
});

async function query(text: string): Promise<{ status: number; code?: string; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${server.url}graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: text }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return {
    status: response.status,
    code: body.errors?.[0]?.extensions?.code,
    ms: performance.now() - started,
  };
}

const health = async (): Promise<number> => (await fetch(`${server.url}health`)).status;

/** An article stating `count` facts, each a Land leading a project of its own. */
function largeArticle(count: number): ArticleFacts {
  return {
    article: {
      id: "fault-test-article",
      title: "Ein sehr langer Artikel",
      publishedAt: "2025-02-07",
      contentHash: `hash-${count}`,
    },
    facts: Array.from({ length: count }, (_, i) => ({
      type: "leads" as const,
      subject: { id: "DE-SN", name: "Sachsen", type: "State" as const },
      object: { id: `projekt-${i}`, name: `Projekt ${i}`, type: "Project" as const },
      year: 2025,
      quote: `Sachsen leitet das Projekt ${i}.`,
      confidence: 0.9,
    })),
  };
}

async function articleState(): Promise<{ articles: number; facts: number }> {
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (a:Article {id: 'fault-test-article'})
     OPTIONAL MATCH (f:Fact)-[:SOURCED_FROM]->(a)
     RETURN count(DISTINCT a) AS articles, count(DISTINCT f) AS facts`,
    {},
    { database: "neo4j" },
  );
  return { articles: records[0]!.get("articles") as number, facts: records[0]!.get("facts") as number };
}

describe("Neo4j faults", () => {
  it(
    "reports 503 and DATABASE_UNAVAILABLE within 3 s while Neo4j is down, and recovers within 5 s of its return",
    async () => {
      expect(await health()).toBe(200);
      expect((await query("{ states { id } }")).status).toBe(200);

      await neo4j.stop();
      expect(await health()).toBe(503);
      const down = await query("{ states { id } }");
      expect(down.code).toBe("DATABASE_UNAVAILABLE");
      expect(down.ms).toBeLessThan(3_000);
      const firstClass = await query("{ chairs(year: 2025) { fact } }");
      expect(firstClass.code).toBe("DATABASE_UNAVAILABLE");
      expect(firstClass.ms).toBeLessThan(3_000);

      await start();
      const back = performance.now();
      let healthyAfter: number | undefined;
      while (performance.now() - back < 5_000 && healthyAfter === undefined) {
        if ((await health()) === 200) healthyAfter = performance.now() - back;
        else await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // The API needs no restart: the driver's pool reconnects on the next request.
      expect(healthyAfter).toBeLessThan(5_000);
      const again = await query("{ states { id } }");
      expect(again.status).toBe(200);
      console.log(
        `down: query refused in ${Math.round(down.ms)} ms; back: /health 200 after ${Math.round(healthyAfter!)} ms, ` +
          `first query answered after ${Math.round(performance.now() - back)} ms (${Math.round(again.ms)} ms on a cold Neo4j)`,
      );
    },
    RESTART_BUDGET_MS,
  );

  it(
    "leaves an article complete or absent when Neo4j is killed in the middle of its write",
    async () => {
      const article = largeArticle(20_000);
      const write = writeArticle(driver, "neo4j", article).then(
        () => "committed",
        () => "failed",
      );
      await new Promise((resolve) => setTimeout(resolve, 400));
      process.kill(neo4j.pid, "SIGKILL");
      const outcome = await write;
      await start();
      await waitForConnectivity(driver, 10_000);
      const after = await articleState();
      console.log(`write ${outcome}; after restart: ${JSON.stringify(after)}`);
      if (outcome === "committed") expect(after).toEqual({ articles: 1, facts: 20_000 });
      else expect([0, 20_000]).toContain(after.facts);
      expect(after.articles === 0 ? after.facts : 20_000).toBe(after.facts);
    },
    RESTART_BUDGET_MS,
  );
});
