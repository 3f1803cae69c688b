/**
 * Where a GraphQL answer's time beyond Neo4j goes, in process and over HTTP:
 * `npm run bench:request-path -- [--iterations N]`.
 *
 * Against the benchmark's loaded `small` set (run `npm run bench -- --scale small` once), per
 * first-class query, interleaved call by call: the raw Cypher call (the query modules the
 * resolvers call), the same operation executed by the API in this process
 * (`executeOperation`: Apollo's pipeline, the request checks, graphql-js and the resolvers,
 * without HTTP) and over HTTP by `govgraph serve` as its own process, as `npm run bench`
 * measures it; `{ __typename }` in process and over HTTP, the fixed cost of each path; and a
 * bare `node:http` server in a process of its own that answers a fixed body, the floor of one
 * hop between two processes on the machine. Prints p50s in ms and the ratios to raw Cypher.
 */
import { spawn, type ChildProcess } from "node:child_process";
import readline from "node:readline";
import { Command } from "commander";
import { buildSchema, createApi, createReader } from "../src/api/index.js";
import { loadConfig } from "../src/config/env.js";
import { benchCases, readCaseArguments } from "./lib/bench-cases.js";
import { openBenchDatabase } from "./lib/bench-database.js";
import { postJson } from "./lib/http-client.js";
import { percentile, timed } from "./lib/latency.js";
import { benchApiEnvironment, startServe } from "./lib/serve-process.js";

const options = new Command("bench-request-path")
  .option("--iterations <n>", "calls per query and path", (value) => Number(value), 200)
  .parse()
  .opts<{ iterations: number }>();
const WARM_UP = 20;
const TYPENAME = "{ __typename }";
const log = (line: string): void => console.error(line);

async function inProcess(
  api: Awaited<ReturnType<typeof createApi>>,
  query: string,
  variables?: Record<string, unknown>,
): Promise<void> {
  const response = await api.apollo.executeOperation(
    { query, variables },
    { contextValue: await api.contextFor(undefined) },
  );
  if (response.body.kind === "single" && response.body.singleResult.errors)
    throw new Error(JSON.stringify(response.body.singleResult.errors));
}

async function overHttp(endpoint: string, body: string): Promise<void> {
  const answer = await postJson(endpoint, body);
  if (answer.status !== 200) throw new Error(`HTTP ${answer.status}`);
}

/** A process that answers every POST with a fixed JSON body; resolves with its URL. */
const ECHO_SERVER = `require("node:http").createServer((q, s) => { q.resume(); q.on("end", () => {
  s.setHeader("content-type", "application/json"); s.end('{"data":{"__typename":"Query"}}'); }); })
  .listen(0, "127.0.0.1", function () { console.log(this.address().port); });`;

async function startEcho(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["-e", ECHO_SERVER], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<string>((resolve) =>
    readline.createInterface({ input: child.stdout! }).once("line", resolve),
  );
  return { url: `http://127.0.0.1:${port}/`, child };
}

async function main(): Promise<void> {
  const db = await openBenchDatabase("small", log, { requireLoaded: true });
  const environment = { ...benchApiEnvironment(db.uri), GOVGRAPH_RESPONSE_CACHE_TTL_MS: "0" };
  const config = loadConfig({ ...environment, PORT: "0" });
  const api = await createApi({
    config,
    driver: db.driver,
    database: "neo4j",
    source: "bench",
    schema: await buildSchema(db.driver, config.auth),
    log: () => {},
  });
  const server = await startServe(environment, { log: (line) => log(`  [api] ${line}`) });
  const endpoint = `${server.url}graphql`;
  const echo = await startEcho();
  try {
    const read = createReader(db.driver, "neo4j", config.limits.queryTimeoutMs);
    const rows: string[] = [
      "| query | raw p50 | in process p50 | ratio | over HTTP p50 | ratio | `__typename` in process | `__typename` over HTTP | bare HTTP echo |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ];
    for (const benchCase of benchCases(await readCaseArguments(read))) {
      const body = JSON.stringify({ query: benchCase.query, variables: benchCase.variables });
      const typenameBody = JSON.stringify({ query: TYPENAME });
      const samples = { raw: [0], inProcess: [0], http: [0], typename: [0], typenameHttp: [0], echo: [0] };
      for (const list of Object.values(samples)) list.length = 0;
      for (let i = 0; i < WARM_UP + options.iterations; i++) {
        const raw = await timed(() => benchCase.raw(read));
        const local = await timed(() => inProcess(api, benchCase.query, benchCase.variables));
        const typename = await timed(() => inProcess(api, TYPENAME));
        const http = await timed(() => overHttp(endpoint, body));
        const typenameHttp = await timed(() => overHttp(endpoint, typenameBody));
        const bare = await timed(() => overHttp(echo.url, typenameBody));
        if (i < WARM_UP) continue;
        samples.echo.push(bare.ms);
        samples.raw.push(raw.ms);
        samples.inProcess.push(local.ms);
        samples.typename.push(typename.ms);
        samples.http.push(http.ms);
        samples.typenameHttp.push(typenameHttp.ms);
      }
      const [raw, local, http, typename, typenameHttp, bare] = [
        samples.raw,
        samples.inProcess,
        samples.http,
        samples.typename,
        samples.typenameHttp,
        samples.echo,
      ].map((list) => percentile(list, 50)) as [number, number, number, number, number, number];
      rows.push(
        `| ${benchCase.name} | ${raw.toFixed(2)} | ${local.toFixed(2)} | ${(local / raw).toFixed(2)} | ` +
          `${http.toFixed(2)} | ${(http / raw).toFixed(2)} | ${typename.toFixed(2)} | ${typenameHttp.toFixed(2)} | ${bare.toFixed(2)} |`,
      );
      log(rows[rows.length - 1]!);
    }
    console.log(rows.join("\n"));
  } finally {
    echo.child.kill();
    await server.stop();
    await api.apollo.stop();
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
