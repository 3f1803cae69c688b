/**
 * The graph view's layout of a large neighbourhood, in headless Chromium on the benchmark page
 * (the explorer's own GraphView with a synthetic 2,000-node graph, no API): laid out at once, to
 * the same picture every time. How fast is shown by `npm run bench:explorer`, not asserted here.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveBenchPage, type BenchPage, type ServedBenchPage } from "../../scripts/lib/bench-page.js";
import { launchChromium, type Chromium } from "../../scripts/lib/chromium.js";

let served: ServedBenchPage;
let browser: Chromium;
let page: Page;

beforeAll(async () => {
  served = await serveBenchPage();
  browser = await launchChromium({ locale: "en-GB" });
  page = await browser.context.newPage();
  await page.goto(served.url);
  await page.waitForSelector("body[data-ready]");
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const run = (order: number) => page.evaluate((n) => (globalThis as unknown as BenchPage).runBench(n), order);

describe("the layout of a 2,000-node graph", () => {
  it("ends with the same positions on every run", async () => {
    const first = await run(2000);
    const second = await run(2000);
    expect(first.nodes).toBe(2000);
    expect(second.positions).toBe(first.positions);
  });
});
