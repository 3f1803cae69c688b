/**
 * `npm start` time to first answer: `govgraph serve` on a fresh data folder (embedded Neo4j,
 * seeding the empty graph), measured until it prints its URL and until the first successful
 * chairs query.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startServe } from "./serve-process.js";

export interface StartupTime {
  /** Until the URL is printed (Neo4j started, seeded when empty, schema built, listening). */
  listeningMs: number;
  /** Until the first chairs query answered without errors. */
  firstAnswerMs: number;
}

const QUERY = JSON.stringify({ query: "{ chairs(year: 2025) { fact } }" });

export async function measureStartup(dataDir?: string, timeoutMs = 240_000): Promise<StartupTime> {
  const directory = dataDir ?? mkdtempSync(path.join(os.tmpdir(), "govgraph-start-"));
  const started = performance.now();
  const server = await startServe(
    {
      GOVGRAPH_DATA_DIR: directory,
      NEO4J_EMBEDDED_PORT: "0",
      NEO4J_HEAP: "1g",
      NEO4J_PAGECACHE: "512m",
      NEO4J_URI: "",
    },
    { timeoutMs },
  );
  try {
    const listeningMs = performance.now() - started;
    for (;;) {
      const response = await fetch(`${server.url}graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: QUERY,
      }).catch(() => undefined);
      const body = response?.ok ? ((await response.json()) as { errors?: unknown }) : undefined;
      if (body && !body.errors) return { listeningMs, firstAnswerMs: performance.now() - started };
      if (performance.now() - started > timeoutMs) throw new Error("no answer from serve in time");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await server.stop();
    if (!dataDir) rmSync(directory, { recursive: true, force: true });
  }
}
