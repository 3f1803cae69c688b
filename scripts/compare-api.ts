/**
 * Two builds of the API side by side in one run: `npm run compare:api -- --against DIR [--iterations N]`.
 *
 * DIR is another built checkout (its bin/, dist/, schema/ and node_modules/). Against the
 * benchmark's loaded `small` set, both builds run as `govgraph serve` at once; per cheap
 * first-class query the raw Cypher call and, for each build, the GraphQL call and a
 * `{ __typename }` call (the fixed cost of the HTTP path) are interleaved call by call, so
 * load on a shared machine hits all of them alike. Prints p50s and the ratios to raw Cypher, then
 * the CPU time each build's process spends per request (Linux: from /proc, the process's user
 * and system time over 1,000 requests of each query in turn), which the load of other work on
 * the machine inflates far less than latency.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { Command } from "commander";
import { projectRoot } from "../src/config/env.js";
import { createReader } from "../src/api/index.js";
import { benchCases, readCaseArguments } from "./lib/bench-cases.js";
import { openBenchDatabase } from "./lib/bench-database.js";
import { postJson } from "./lib/http-client.js";
import { percentile, timed } from "./lib/latency.js";
import { benchApiEnvironment } from "./lib/serve-process.js";

const CASES = new Set([
  "officeHolders(organization, at)",
  "search(text)",
  "connection(from, to)",
  "neighborhood(id)",
  "serviceAvailability(service, state)",
]);

const options = new Command("compare-api")
  .requiredOption("--against <dir>", "another built checkout of the API")
  .option("--iterations <n>", "calls per query and side", (value) => Number(value), 200)
  .parse()
  .opts<{ against: string; iterations: number }>();

interface Build {
  name: string;
  url: string;
  pid: number;
  stop(): void;
}

/** Requests per query and build for the CPU figures. */
const CPU_REQUESTS = 1000;

/** User plus system time of a process in ms (/proc counts in 1/100 s). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** `govgraph serve` of the checkout at `root`, ready when it prints its URL. */
function serve(root: string, env: Record<string, string>): Promise<Build> {
  const child = spawn(process.execPath, [path.join(root, "bin", "govgraph.js"), "serve"], {
    cwd: root,
    env: { ...process.env, PORT: "0", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`serve in ${root} exited with code ${code}`)));
    readline.createInterface({ input: child.stdout }).on("line", (line) => {
      const url = /running at (\S+) /.exec(line)?.[1];
      if (url)
        resolve({ name: root, url: `${url}graphql`, pid: child.pid!, stop: () => child.kill("SIGTERM") });
    });
  });
}

const p50 = (samples: number[]): string => percentile(samples, 50).toFixed(2);

async function main(): Promise<void> {
  const db = await openBenchDatabase("small", (line) => console.error(line), { requireLoaded: true });
  const builds: Build[] = [];
  try {
    const read = createReader(db.driver, "neo4j", 30_000);
    const cases = benchCases(await readCaseArguments(read)).filter((benchCase) => CASES.has(benchCase.name));
    const env = { ...benchApiEnvironment(db.uri), GOVGRAPH_RESPONSE_CACHE_TTL_MS: "0" };
    for (const root of [path.resolve(options.against), projectRoot]) builds.push(await serve(root, env));
    const typename = JSON.stringify({ query: "{ __typename }" });
    console.log(
      `| query | raw p50 | ${builds.map((b) => `${b.name}: GraphQL p50 | ratio | __typename p50`).join(" | ")} |`,
    );
    for (const benchCase of cases) {
      const body = JSON.stringify({ query: benchCase.query, variables: benchCase.variables });
      const raw: number[] = [];
      const graphql = builds.map(() => [] as number[]);
      const fixed = builds.map(() => [] as number[]);
      for (let i = -20; i < options.iterations; i++) {
        const sample = i >= 0;
        const r = await timed(() => benchCase.raw(read));
        if (sample) raw.push(r.ms);
        for (const [k, build] of builds.entries()) {
          const g = await timed(() => postJson(build.url, body));
          const t = await timed(() => postJson(build.url, typename));
          if (sample) graphql[k]!.push(g.ms);
          if (sample) fixed[k]!.push(t.ms);
        }
      }
      const rawP50 = percentile(raw, 50);
      const cells = builds.map(
        (_, k) =>
          `${p50(graphql[k]!)} | ${(percentile(graphql[k]!, 50) / rawP50).toFixed(2)} | ${p50(fixed[k]!)}`,
      );
      console.log(`| ${benchCase.name} | ${rawP50.toFixed(2)} | ${cells.join(" | ")} |`);
    }
    if (existsSync(`/proc/${process.pid}/stat`)) await printCpuPerRequest(builds, cases);
  } finally {
    for (const build of builds) build.stop();
    await db.stop();
  }
}

async function printCpuPerRequest(builds: Build[], cases: ReturnType<typeof benchCases>): Promise<void> {
  console.log(`\n| query | ${builds.map((b) => `${b.name}: API CPU µs/request`).join(" | ")} |`);
  const bodies: [string, string][] = [
    ["{ __typename }", JSON.stringify({ query: "{ __typename }" })],
    ...cases.map((c): [string, string] => [
      c.name,
      JSON.stringify({ query: c.query, variables: c.variables }),
    ]),
  ];
  for (const [name, body] of bodies) {
    const cells: string[] = [];
    for (const build of builds) {
      const before = cpuMs(build.pid);
      for (let i = 0; i < CPU_REQUESTS; i++) await postJson(build.url, body);
      cells.push((((cpuMs(build.pid) - before) / CPU_REQUESTS) * 1000).toFixed(0));
    }
    console.log(`| ${name} | ${cells.join(" | ")} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
