/**
 * Throughput at a fixed concurrency: autocannon in its own process (its CLI with --json), so
 * the load generator does not share an event loop with the measuring script or the server.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const autocannonCli = path.join(
  path.dirname(createRequire(import.meta.url).resolve("autocannon/package.json")),
  "autocannon.js",
);

export interface Throughput {
  requestsPerSecond: number;
  total: number;
  failed: number;
}

export async function postThroughput(
  url: string,
  body: string,
  options: { connections: number; seconds: number },
): Promise<Throughput> {
  const args = [
    autocannonCli,
    "--json",
    "--connections",
    String(options.connections),
    "--duration",
    String(options.seconds),
    "--method",
    "POST",
    "--headers",
    "content-type=application/json",
    "--body",
    body,
    url,
  ];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  const chunks: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", resolve);
  });
  if (code !== 0) throw new Error(`autocannon exited with code ${code}`);
  const result = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
    requests: { average: number; total: number };
    non2xx: number;
    errors: number;
    timeouts: number;
  };
  return {
    requestsPerSecond: Math.round(result.requests.average),
    total: result.requests.total,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}
