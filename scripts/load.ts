/**
 * Load test (npm run load -- [URL] [--clients 200] [--seconds 60]): holds N concurrent clients
 * on a mix of first-class queries against a running GovGraph (loopback only), then prints
 * requests, errors by kind, throughput and latency percentiles. Run the server with
 * GOVGRAPH_RATE_LIMIT_PER_MINUTE=0, or the rate limit is what gets measured.
 */
import http from "node:http";
import { postJson } from "./lib/http-client.js";

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const target = new URL("graphql", args.find((arg) => arg.startsWith("http")) ?? "http://127.0.0.1:4000/");
if (!["127.0.0.1", "localhost", "[::1]"].includes(target.hostname)) {
  console.error(`Refusing ${target.hostname}: the load test runs against loopback only.`);
  process.exit(2);
}
const CLIENTS = option("clients", 200);
const SECONDS = option("seconds", 60);

const QUERIES = [
  `{ chairs(year: 2025) { year body { id name } holder { id name } sources { title quote } } }`,
  `{ chairs(body: "d16") { year holder { id } } }`,
  `{ officeHolders(organization: "DE-SN") { person { id name } role from to } }`,
  `{ officeHolders(organization: "DE-SN", at: "2025-02-07") { person { name } role } }`,
  `{ timeline(entity: "DE-SN") { fact date type summary } }`,
  `{ timeline(entity: "it-planungsrat", from: "2024-01-01") { fact date type } }`,
  `{ search(text: "Digitalisierung", limit: 10) { id name type score } }`,
  `{ search(text: "Sachsen") { id name } }`,
  `{ neighborhood(id: "it-planungsrat", depth: 1) { nodes { id type } edges { source target type } } }`,
  `{ connection(from: "vitako", to: "it-planungsrat", maxHops: 4) { nodes { id } edges { type } } }`,
];

const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });

type Answer = { status: number; body: { errors?: { extensions?: { code?: string } }[] } };

/** POSTs one query; resolves with the status and the parsed body. */
async function post(query: string): Promise<Answer> {
  const { status, json } = await postJson(target, JSON.stringify({ query }), { agent, timeoutMs: 30_000 });
  return { status, body: json as Answer["body"] };
}

const latencies: number[] = [];
const errors: Record<string, number> = {};
const count = (kind: string): void => {
  errors[kind] = (errors[kind] ?? 0) + 1;
};

async function client(id: number, until: number): Promise<void> {
  let turn = id;
  while (performance.now() < until) {
    const query = QUERIES[turn++ % QUERIES.length]!;
    const started = performance.now();
    try {
      const { status, body } = await post(query);
      latencies.push(performance.now() - started);
      if (status !== 200) count(`HTTP ${status}`);
      else if (body.errors?.length) count(body.errors[0]?.extensions?.code ?? "GRAPHQL_ERROR");
    } catch (error) {
      latencies.push(performance.now() - started);
      count((error as { code?: string }).code ?? "NETWORK_ERROR");
    }
  }
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

console.error(`${CLIENTS} clients for ${SECONDS} s against ${target.href} ...`);
const until = performance.now() + SECONDS * 1000;
const began = performance.now();
await Promise.all(Array.from({ length: CLIENTS }, (_, id) => client(id, until)));
const elapsed = (performance.now() - began) / 1000;
agent.destroy();

const sorted = [...latencies].sort((a, b) => a - b);
const failed = Object.values(errors).reduce((sum, n) => sum + n, 0);
console.log(
  JSON.stringify(
    {
      clients: CLIENTS,
      seconds: Math.round(elapsed),
      requests: latencies.length,
      perSecond: Math.round(latencies.length / elapsed),
      errors: failed,
      errorKinds: errors,
      latencyMs: {
        p50: Math.round(percentile(sorted, 50)),
        p95: Math.round(percentile(sorted, 95)),
        p99: Math.round(percentile(sorted, 99)),
        max: Math.round(sorted.at(-1) ?? 0),
      },
    },
    null,
    2,
  ),
);
process.exitCode = failed === 0 ? 0 : 1;
