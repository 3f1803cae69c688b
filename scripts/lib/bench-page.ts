/**
 * The explorer's benchmark page (src/explorer/bench.html), built in Vite's "bench" mode and served
 * on a free port: it drives the explorer's own GraphView with synthetic graphs. Shared by
 * `npm run bench:explorer` and the layout's browser test.
 */
import path from "node:path";
import { build, preview } from "vite";
import { projectRoot } from "../../src/config/env.js";
import type { BenchResult } from "../../src/explorer/bench/result.js";

export type { BenchResult };

/** What bench.html puts on its window (typed here without the DOM library; evaluated in the page). */
export interface BenchPage {
  runBench(order: number): Promise<BenchResult>;
  webglRenderer?: string;
}

export interface ServedBenchPage {
  url: string;
  close(): Promise<void>;
}

export async function serveBenchPage(): Promise<ServedBenchPage> {
  const configFile = path.join(projectRoot, "src", "explorer", "vite.config.ts");
  await build({ configFile, mode: "bench", logLevel: "warn" });
  const server = await preview({
    configFile,
    mode: "bench",
    preview: { port: 0, host: "127.0.0.1", open: false },
    logLevel: "silent",
  });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error("the preview server did not report its address");
  return {
    url: new URL("bench.html", base).toString(),
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}
