/**
 * The API benchmark: `npm run bench -- --scale small|de [--json FILE] [--reuse] [--no-cache]`.
 *
 * Loads the scale into its own embedded Neo4j (data/bench-<scale>/, reused when loaded; by
 * neo4j-admin import unless `--loader online`), starts the API as its own process (`govgraph
 * serve`, as deployed), and measures per first-class query: latency at concurrency 1 through
 * GraphQL over HTTP and through raw Cypher over neo4j-driver from this process (the same query
 * modules, interleaved call by call), with and without the response cache, and throughput at
 * concurrency 32 over HTTP (autocannon, in a third process). Also: `npm start` time to first
 * answer, loader throughput, the API process's memory and Neo4j's heap.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import { Command, InvalidArgumentError } from "commander";
import { createReader } from "../src/api/index.js";
import { isScale, type Scale } from "../src/generate/index.js";
import { benchCases, idsOf, readCaseArguments, type BenchCase } from "./lib/bench-cases.js";
import { describeLoad, openBenchDatabase, type BenchDatabase, type Loader } from "./lib/bench-database.js";
import { postJson } from "./lib/http-client.js";
import { postThroughput } from "./lib/load-process.js";
import { neo4jHeap } from "./lib/neo4j-heap.js";
import { processMemory } from "./lib/process-memory.js";
import { benchApiEnvironment, startServe } from "./lib/serve-process.js";
import { percentiles, timed, type Percentiles } from "./lib/latency.js";
import { measureStartup } from "./lib/startup.js";

interface Options {
  scale: Scale;
  json?: string;
  reuse?: boolean;
  cache: boolean;
  iterations?: number;
  duration?: number;
  startup: boolean;
  loader: Loader;
}

const program = new Command("bench")
  .option(
    "--scale <scale>",
    "small | de",
    (value) => {
      if (!isScale(value)) throw new InvalidArgumentError("small or de");
      return value;
    },
    "small" as Scale,
  )
  .option("--json <file>", "write the rows as a JSON array")
  .option("--reuse", "require an already loaded database (fail instead of loading)")
  .option("--no-cache", "measure without the response cache only")
  .option("--iterations <n>", "latency samples per query and side (small 100, de 200)", (v) => Number(v))
  .option("--duration <s>", "seconds of concurrency-32 load per query (small 5, de 10)", (v) => Number(v))
  .option("--no-startup", "skip the npm start measurement")
  .option(
    "--loader <loader>",
    "how to load an empty benchmark database: offline (neo4j-admin import) | online (transactions)",
    (value) => {
      if (value !== "offline" && value !== "online") throw new InvalidArgumentError("offline or online");
      return value;
    },
    "offline" as Loader,
  );
program.parse();
/** `small` is the quick run (a few minutes with its load); `de` samples more. */
const SAMPLING = { small: { iterations: 100, duration: 5 }, de: { iterations: 200, duration: 10 } } as const;
const parsed = program.opts<Options>();
const options = {
  ...parsed,
  iterations: parsed.iterations ?? SAMPLING[parsed.scale].iterations,
  duration: parsed.duration ?? SAMPLING[parsed.scale].duration,
};
const log = (line: string): void => console.error(line);
const ms = (value: number): number => Math.round(value * 100) / 100;

interface Row {
  query: string;
  graphql_p50_ms: number;
  graphql_p95_ms: number;
  graphql_p99_ms: number;
  raw_p50_ms: number;
  raw_p95_ms: number;
  raw_p99_ms: number;
  ratio: number;
  rps_c32: number;
  graphql_cached_p50_ms?: number;
  graphql_cached_p99_ms?: number;
  rps_c32_cached?: number;
}

const uptime = (): string =>
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ")}`;

async function main(): Promise<void> {
  log(`Machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ${uptime()}`);
  if (options.reuse) log("--reuse: the loaded database is required.");
  const db = await openBenchDatabase(options.scale, log, {
    requireLoaded: Boolean(options.reuse),
    loader: options.loader,
  });
  try {
    await run(db);
    if (db.load) log(describeLoad(db.load, db.reused));
    const heap = await neo4jHeap(db.driver);
    log(`Neo4j heap: ${heap.usedMb} MB used of ${heap.committedMb} MB committed (max ${heap.maxMb} MB)`);
  } finally {
    await db.stop();
  }
  if (options.startup) {
    const startup = await measureStartup();
    log(
      `npm start (fresh data folder, embedded Neo4j, seeding): listening after ${(startup.listeningMs / 1000).toFixed(1)} s, ` +
        `first answer after ${(startup.firstAnswerMs / 1000).toFixed(1)} s`,
    );
  }
  log(`Done, ${uptime()}`);
}

async function run(db: BenchDatabase): Promise<void> {
  const read = createReader(db.driver, "neo4j", 30_000);
  const cases = benchCases(await readCaseArguments(read));
  // The API as it is deployed: `govgraph serve` in its own process, against the benchmark's Neo4j.
  // The per-client limit stays in the request path, but high enough not to throttle the load.
  const env = benchApiEnvironment(db.uri);
  const rows: Row[] = [];
  await withServe(
    { ...env, GOVGRAPH_RESPONSE_CACHE_TTL_MS: "0" },
    "without the response cache",
    async (endpoint) => {
      for (const benchCase of cases) rows.push(await measure(benchCase, endpoint, read));
    },
  );
  if (options.cache) {
    await withServe(env, "with the response cache (60 s)", async (endpoint) => {
      for (const [index, benchCase] of cases.entries()) {
        Object.assign(rows[index]!, await measureGraphql(benchCase, endpoint));
      }
    });
  }
  printTable(rows);
  if (options.json) {
    writeFileSync(options.json, JSON.stringify(rows, null, 2) + "\n");
    log(`Wrote ${options.json}`);
  }
}

async function withServe(
  env: Record<string, string>,
  what: string,
  work: (endpoint: string) => Promise<void>,
): Promise<void> {
  const server = await startServe(env, { log: (line) => log(`  [api] ${line}`) });
  log(`API process ${server.pid} at ${server.url}, ${what}`);
  try {
    await work(`${server.url}graphql`);
    const memory = processMemory(server.pid);
    if (memory) log(`API process memory ${what}: RSS ${memory.rssMb} MB (peak ${memory.peakMb} MB)`);
  } finally {
    await server.stop();
  }
}

async function graphql(endpoint: string, benchCase: BenchCase): Promise<unknown> {
  const response = await postJson(
    endpoint,
    JSON.stringify({ query: benchCase.query, variables: benchCase.variables }),
  );
  const body = response.json as { data?: unknown; errors?: { message: string }[] };
  if (response.status !== 200 || body.errors) {
    throw new Error(`${benchCase.name}: ${response.status} ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

async function measure(
  benchCase: BenchCase,
  endpoint: string,
  read: ReturnType<typeof createReader>,
): Promise<Row> {
  const [viaGraphql, viaRaw] = [await graphql(endpoint, benchCase), await benchCase.raw(read)];
  const [a, b] = [idsOf(viaGraphql), idsOf(viaRaw)];
  if (a.length === 0 || a.join("\n") !== b.join("\n")) {
    throw new Error(
      `${benchCase.name}: GraphQL and raw Cypher name different ids (${a.length} vs ${b.length})`,
    );
  }
  const warmUp = Math.min(20, options.iterations);
  for (let i = 0; i < warmUp; i++) {
    await graphql(endpoint, benchCase);
    await benchCase.raw(read);
  }
  const g: number[] = [];
  const r: number[] = [];
  // Interleaved, alternating which side goes first, so load spikes hit both sides alike.
  for (let i = 0; i < options.iterations; i++) {
    const first = i % 2 === 0;
    if (first) g.push((await timed(() => graphql(endpoint, benchCase))).ms);
    r.push((await timed(() => benchCase.raw(read))).ms);
    if (!first) g.push((await timed(() => graphql(endpoint, benchCase))).ms);
  }
  const [gp, rp] = [percentiles(g), percentiles(r)];
  const rps = await throughput(endpoint, benchCase);
  log(
    `${benchCase.name}: ${a.length} ids, GraphQL p50 ${gp.p50.toFixed(1)} ms, raw p50 ${rp.p50.toFixed(1)} ms, ${rps} req/s at c32`,
  );
  return row(benchCase.name, gp, rp, rps);
}

async function measureGraphql(benchCase: BenchCase, endpoint: string): Promise<Partial<Row>> {
  for (let i = 0; i < 5; i++) await graphql(endpoint, benchCase);
  const samples: number[] = [];
  for (let i = 0; i < options.iterations; i++)
    samples.push((await timed(() => graphql(endpoint, benchCase))).ms);
  const p = percentiles(samples);
  const rps = await throughput(endpoint, benchCase);
  log(`${benchCase.name} (cached): GraphQL p50 ${p.p50.toFixed(2)} ms, ${rps} req/s at c32`);
  return { graphql_cached_p50_ms: ms(p.p50), graphql_cached_p99_ms: ms(p.p99), rps_c32_cached: rps };
}

function row(query: string, g: Percentiles, r: Percentiles, rps: number): Row {
  return {
    query,
    graphql_p50_ms: ms(g.p50),
    graphql_p95_ms: ms(g.p95),
    graphql_p99_ms: ms(g.p99),
    raw_p50_ms: ms(r.p50),
    raw_p95_ms: ms(r.p95),
    raw_p99_ms: ms(r.p99),
    ratio: Math.round((g.p50 / r.p50) * 100) / 100,
    rps_c32: rps,
  };
}

async function throughput(endpoint: string, benchCase: BenchCase): Promise<number> {
  const body = JSON.stringify({ query: benchCase.query, variables: benchCase.variables });
  const result = await postThroughput(endpoint, body, { connections: 32, seconds: options.duration });
  if (result.failed > 0)
    log(`${benchCase.name}: ${result.failed} of ${result.total} requests failed under load`);
  return result.requestsPerSecond;
}

function printTable(rows: Row[]): void {
  const header = ["query", "GraphQL p50", "p95", "p99", "raw p50", "p95", "p99", "ratio", "req/s c32"];
  if (options.cache) header.push("cached p50", "cached req/s");
  const lines = rows.map((r) => [
    r.query,
    ...[r.graphql_p50_ms, r.graphql_p95_ms, r.graphql_p99_ms, r.raw_p50_ms, r.raw_p95_ms, r.raw_p99_ms].map(
      (v) => v.toFixed(1),
    ),
    r.ratio.toFixed(2),
    String(r.rps_c32),
    ...(options.cache ? [r.graphql_cached_p50_ms!.toFixed(2), String(r.rps_c32_cached)] : []),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    "| " + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ") + " |";
  console.log(format(header));
  console.log(
    "| " + widths.map((w, i) => (i === 0 ? "-".repeat(w) : "-".repeat(w - 1) + ":")).join(" | ") + " |",
  );
  for (const line of lines) console.log(format(line));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
