/**
 * npm run bench:explorer: time from the data in hand to a laid-out, drawn graph of 500 and 2,000 nodes
 * in headless Chromium,
 * using the explorer's own graph module (src/explorer/bench.html, built here in Vite's "bench" mode).
 */
import { serveBenchPage, type BenchPage, type BenchResult } from "./lib/bench-page.js";
import { launchChromium } from "./lib/chromium.js";

const sizes = [500, 2000];
const runs = 3;
const server = await serveBenchPage();
const browser = await launchChromium({ locale: "en-GB" });
try {
  const page = await browser.context.newPage();
  await page.goto(server.url);
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
      mergeMs: median((r) => r.mergeMs),
      layoutMs: median((r) => r.layoutMs),
      frameMs: median((r) => r.frameMs),
      totalMs: median((r) => r.totalMs),
      filterMs: median((r) => r.filterMs),
      // Reproducible when every run ends with the same positions.
      positions: new Set(samples.map((r) => r.positions)).size === 1 ? "same" : "differ",
    });
  }
  console.log(
    `Explorer graph benchmark: headless Chromium, WebGL renderer "${renderer}", median of ${runs} runs`,
  );
  console.table(
    rows.map((r) => ({
      nodes: r.nodes,
      lines: r.edges,
      "merge (ms)": r.mergeMs.toFixed(0),
      "layout + sigma draw (ms)": r.layoutMs.toFixed(0),
      "to frame (ms)": r.frameMs.toFixed(0),
      "layout + draw (ms)": r.totalMs.toFixed(0),
      "year filter redraw (ms)": r.filterMs.toFixed(0),
      "positions across runs": r.positions,
    })),
  );
} finally {
  await browser.close();
  await server.close();
}
