/**
 * Where a GraphQL request's time goes in the API process: `npm run profile:api -- [--requests N]`.
 *
 * Reuses the benchmark's loaded `small` set (run `npm run bench -- --scale small` once), starts
 * `govgraph serve` against it under V8's sampling profiler (`--cpu-prof`), sends the cheap
 * first-class queries of the benchmark one after another over one keep-alive connection, stops
 * the API and prints the CPU time of the API process by stage (HTTP, express and its middleware,
 * body parsing, Apollo, graphql-js, @neo4j/graphql, neo4j-driver, GovGraph's own code) and its
 * busiest functions. The profile stays in the printed folder for Chrome's DevTools.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { createReader } from "../src/api/index.js";
import { benchCases, readCaseArguments } from "./lib/bench-cases.js";
import { openBenchDatabase } from "./lib/bench-database.js";
import { postJson } from "./lib/http-client.js";
import { readCpuProfile, summariseCpuProfile } from "./lib/cpu-profile.js";
import { benchApiEnvironment, startServe } from "./lib/serve-process.js";

const CHEAP = new Set([
  "search(text)",
  "connection(from, to)",
  "neighborhood(id)",
  "serviceAvailability(service, state)",
]);

const options = new Command("profile-api")
  .option("--requests <n>", "requests per query", (value) => Number(value), 1000)
  .parse()
  .opts<{ requests: number }>();
const log = (line: string): void => console.error(line);

async function main(): Promise<void> {
  const db = await openBenchDatabase("small", log, { requireLoaded: true });
  const folder = mkdtempSync(path.join(os.tmpdir(), "govgraph-profile-"));
  try {
    const read = createReader(db.driver, "neo4j", 30_000);
    const cases = benchCases(await readCaseArguments(read)).filter((benchCase) => CHEAP.has(benchCase.name));
    const server = await startServe(
      {
        ...benchApiEnvironment(db.uri),
        GOVGRAPH_RESPONSE_CACHE_TTL_MS: "0",
      },
      { log: (line) => log(`  [api] ${line}`), nodeArguments: ["--cpu-prof", `--cpu-prof-dir=${folder}`] },
    );
    const endpoint = `${server.url}graphql`;
    const started = performance.now();
    for (const benchCase of cases) {
      const body = JSON.stringify({ query: benchCase.query, variables: benchCase.variables });
      for (let i = 0; i < options.requests; i++) {
        const answer = await postJson(endpoint, body);
        if (answer.status !== 200) throw new Error(`${benchCase.name}: HTTP ${answer.status}`);
      }
    }
    const requests = cases.length * options.requests;
    const wallMs = performance.now() - started;
    await server.stop();
    const profile = readCpuProfile(folder);
    console.log(summariseCpuProfile(profile, requests, wallMs));
    log(`Profile: ${folder}`);
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
