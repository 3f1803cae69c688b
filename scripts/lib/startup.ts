/**
 * `npm start` time to first answer: spawns `node bin/govgraph.js serve` (the compiled CLI, as
 * `npm start` runs it after its build) on a fresh data folder, reads the URL it prints, and
 * measures until the first successful chairs query. The process is stopped by its pid.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { projectRoot } from "../../src/config/env.js";

export interface StartupTime {
  /** Until the URL is printed (Neo4j started, seeded when empty, schema built, listening). */
  listeningMs: number;
  /** Until the first chairs query answered without errors. */
  firstAnswerMs: number;
}

const QUERY = JSON.stringify({ query: "{ chairs(year: 2025) { fact } }" });

export async function measureStartup(dataDir?: string, timeoutMs = 240_000): Promise<StartupTime> {
  if (!existsSync(path.join(projectRoot, "dist", "cli", "main.js"))) {
    throw new Error("dist/ is not built: run `npm run build` first");
  }
  const directory = dataDir ?? mkdtempSync(path.join(os.tmpdir(), "govgraph-start-"));
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(projectRoot, "bin", "govgraph.js"), "serve"], {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: "0",
      GOVGRAPH_DATA_DIR: directory,
      NEO4J_EMBEDDED_PORT: "0",
      NEO4J_HEAP: "1g",
      NEO4J_PAGECACHE: "512m",
      NEO4J_URI: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("serve printed no URL in time")), timeoutMs);
      readline.createInterface({ input: child.stdout }).on("line", (line) => {
        const match = /running at (\S+) /.exec(line);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once("exit", (code) => reject(new Error(`serve exited with code ${code}`)));
    });
    const listeningMs = performance.now() - started;
    for (;;) {
      const response = await fetch(`${url}graphql`, {
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
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
    if (!dataDir) rmSync(directory, { recursive: true, force: true });
  }
}
