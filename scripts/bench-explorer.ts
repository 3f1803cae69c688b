/**
 * npm run bench:explorer: time to lay out and draw 500 and 2,000 nodes in headless Chromium,
 * using the explorer's own graph module (src/explorer/bench.html, built here in Vite's "bench" mode).
 */
import path from "node:path";
import { build, preview } from "vite";
import { projectRoot } from "../src/config/env.js";
import { launchChromium } from "./lib/chromium.js";

interface BenchResult {
  nodes: number;
  edges: number;
  firstDrawMs: number;
  layoutMs: number;
  iterations: number;
  drawCpuMs: number;
  drawMs: number;
  filterMs: number;
}

/** What bench.html puts on its window (typed here without the DOM library; evaluated in the page). */
interface BenchPage {
  runBench(order: number): Promise<BenchResult>;
  webglRenderer?: string;
}

const sizes = [500, 2000];
const runs = 3;
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
const browser = await launchChromium({ locale: "en-GB" });
try {
  const page = await browser.context.newPage();
  await page.goto(new URL("bench.html", base).toString());
  await page.waitForSelector("body[data-ready]");
  const renderer = await page.evaluate(() => (globalThis as unknown as BenchPage).webglRenderer);
  // One warm-up run, so that shader compilation and JIT do not count against the first size.
  await page.evaluate(() => (globalThis as unknown as BenchPage).runBench(200));
  const rows: BenchResult[] = [];
  for (const size of sizes) {
    const samples: BenchResult[] = [];
    for (let i = 0; i < runs; i++)
      samples.push(await page.evaluate((n) => (globalThis as unknown as BenchPage).runBench(n), size));
    const median = (pick: (r: BenchResult) => number): number =>
      samples.map(pick).sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
    rows.push({
      ...samples[0]!,
      firstDrawMs: median((r) => r.firstDrawMs),
      layoutMs: median((r) => r.layoutMs),
      drawCpuMs: median((r) => r.drawCpuMs),
      drawMs: median((r) => r.drawMs),
      filterMs: median((r) => r.filterMs),
    });
  }
  console.log(
    `Explorer graph benchmark: headless Chromium, WebGL renderer "${renderer}", median of ${runs} runs`,
  );
  console.table(
    rows.map((r) => ({
      nodes: r.nodes,
      lines: r.edges,
      "build + first draw (ms)": r.firstDrawMs.toFixed(0),
      [`ForceAtlas2 ${r.iterations} it. (ms)`]: r.layoutMs.toFixed(0),
      "draw: sigma (ms)": r.drawCpuMs.toFixed(0),
      "draw: to frame (ms)": r.drawMs.toFixed(0),
      "year filter redraw (ms)": r.filterMs.toFixed(0),
      "layout + draw (ms)": (r.firstDrawMs + r.layoutMs + r.drawMs).toFixed(0),
    })),
  );
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
