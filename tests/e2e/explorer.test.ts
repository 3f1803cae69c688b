/**
 * The explorer in a real headless Chromium against the running app over the seeded graph (one
 * graph, one API and one browser for all of defects.ts and views.ts too):
 * search, details with the CIO, the year filter and chairs table, a fact's source quote, the path view,
 * shareable addresses and a clear message when the API is down. Needs `npm run build` (dist/explorer).
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeDefects, importArticleWithUrl } from "./defects.js";
import {
  graphql,
  open as openWatched,
  pick,
  poll,
  screenshots,
  startHarness,
  type Harness,
} from "./harness.js";
import { describeTimeline } from "./timeline.js";
import { describeViews } from "./views.js";

let harness: Harness;
let server: { url: string };
let browser: Harness["browser"];

beforeAll(async () => {
  harness = await startHarness();
  await importArticleWithUrl(harness.url);
  server = { url: harness.url };
  browser = harness.browser;
});

afterAll(async () => {
  await harness?.close();
});

async function open(query = ""): Promise<Page> {
  return (await openWatched(harness, query)).page;
}

async function selectSachsen(page: Page): Promise<void> {
  await pick(page, "#search", "Sachsen", "DE-SN");
  await poll(() => page.textContent("#details-title")).toBe("Sachsen");
}

describe("the explorer in Chromium", () => {
  it("finds Sachsen by search, selects the Land and shows its CIO Daniela Dylakiewicz", async () => {
    const page = await open();
    expect(await page.getAttribute("html", "lang")).toBe("de");
    await selectSachsen(page);
    await poll(() => page.textContent(".offices")).toContain("Daniela Dylakiewicz");
    await poll(() => page.textContent("#graph-counts")).toMatch(/[2-9]\d* Knoten/);
    expect(page.url()).toContain("entity=DE-SN");
    await page.screenshot({ path: path.join(screenshots, "explorer-sachsen.png") });
    await page.close();
  });

  it("shows Mecklenburg-Vorpommern as chair of the IT-Planungsrat when the year is set to 2025", async () => {
    const page = await open();
    await page.fill("#year-to", "2025");
    await page.fill("#year-from", "2025");
    await page.click("#tab-chairs");
    const cell = 'tr[data-body="it-planungsrat"] td.in-range';
    await poll(() => page.locator(cell).count()).toBe(1);
    expect(await page.textContent(cell)).toContain("Mecklenburg-Vorpommern");
    expect(await page.getAttribute(cell, "data-year")).toBe("2025");
    expect(page.url()).toMatch(/from=2025&to=2025/);
    await page.screenshot({ path: path.join(screenshots, "explorer-chairs-2025.png") });
    await page.close();
  });

  it("shows a fact's source with its quoted sentence when the fact is clicked", async () => {
    const page = await open();
    await selectSachsen(page);
    const fact = page.locator(".timeline-entry .summary").first();
    await fact.waitFor();
    await fact.click();
    await poll(() => page.textContent("#details-title")).toMatch(/^Fakt/);
    const quote = page.locator("#details .quote").first();
    await quote.waitFor();
    expect((await quote.textContent())!.length).toBeGreaterThan(20);
    expect(await page.textContent("#details .source-meta")).toBeTruthy();
    expect(page.url()).toContain("fact=");
    await page.screenshot({ path: path.join(screenshots, "explorer-fact.png") });
    await page.close();
  });

  it("links Vitako and the IT-Planungsrat in the path view, or says that no path exists", async () => {
    const page = await open();
    await page.click("#tab-path");
    await pick(page, "#path-from", "Vitako", "vitako");
    await pick(page, "#path-to", "IT-Planungsrat", "it-planungsrat");
    await page.click("#find-path");
    await page.waitForSelector(".path-result .path-found, .path-result .no-path");
    const text = (await page.textContent(".path-result"))!;
    if (await page.locator(".path-result .path-found").count()) {
      expect(text).toContain("Vitako");
      expect(text).toContain("IT-Planungsrat");
    } else {
      expect(text).toMatch(/Kein Pfad zwischen Vitako und IT-Planungsrat/);
    }
    expect(page.url()).toMatch(/pathFrom=vitako&pathTo=it-planungsrat/);
    await page.screenshot({ path: path.join(screenshots, "explorer-path.png") });
    await page.close();
  });

  it("collapses and expands the selection, and hides lines outside the chosen years", async () => {
    const page = await open("?entity=DE-MV");
    await poll(() => page.textContent("#details-title")).toBe("Mecklenburg-Vorpommern");
    await poll(() => page.textContent("#graph-counts")).toMatch(/^\d+ Knoten/);
    const counts = async (): Promise<[number, number]> => {
      const [nodes, lines] = ((await page.textContent("#graph-counts")) ?? "").match(/\d+/g)!.map(Number);
      return [nodes!, lines!];
    };
    const start = await counts();
    expect(start[1]).toBeGreaterThan(0);
    await page.click("#collapse");
    await poll(counts).toEqual([1, 0]);
    // Expanding shows the entities one fact away, as the API lists them.
    const { neighborhood } = await graphql<{
      neighborhood: { nodes: unknown[]; edges: { source: string; target: string; year: number | null }[] };
    }>(harness.url, '{ neighborhood(id: "DE-MV", depth: 1) { nodes { id } edges { source target year } } }');
    const oneStep = [neighborhood.nodes.length, neighborhood.edges.length];
    expect(start[0]).toBeGreaterThanOrEqual(oneStep[0]!);
    await page.click("#expand");
    await poll(counts).toEqual(oneStep);
    // Ending the range in 2024 hides the lines of later facts, and the nodes left without lines.
    const until2024 = neighborhood.edges.filter((e) => e.year === null || e.year <= 2024);
    const ends = new Set(["DE-MV", ...until2024.flatMap((e) => [e.source, e.target])]);
    await page.fill("#year-to", "2024");
    await poll(counts).toEqual([ends.size, until2024.length]);
    await page.fill("#year-to", "2025");
    await poll(counts).toEqual(oneStep);
    await page.close();
  });

  it("restores the selected entity, years and language from a shared address", async () => {
    const page = await open("?entity=DE-SN&from=2021&to=2025&lang=en");
    await poll(() => page.textContent("#details-title")).toBe("Sachsen");
    expect(await page.inputValue("#year-from")).toBe("2021");
    expect(await page.inputValue("#year-to")).toBe("2025");
    expect(await page.textContent("#tab-chairs")).toBe("Chairs");
    await page.close();
  });

  it("says that nothing was found, and that the API is down when it does not answer", async () => {
    const page = await open();
    await page.fill("#search", "Xyzzyquux");
    await poll(() => page.textContent(".main-search .search-status")).toContain("Nichts gefunden");
    await page.route("**/graphql", (route) => route.abort("connectionrefused"));
    await page.fill("#search", "Brandenburg");
    await poll(() => page.textContent(".main-search .search-status")).toContain("API antwortet nicht");
    await page.close();
  });

  it("loads everything from its own origin, and serves the bundled GraphQL IDE at /graphql", async () => {
    const page = await browser.context.newPage();
    const foreign: string[] = [];
    const origin = new URL(server.url).origin;
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) foreign.push(url);
    });
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready]");
    await page.goto(new URL("graphql", server.url).toString());
    await page.waitForSelector(".graphiql-container", { timeout: 20_000 });
    expect(foreign).toEqual([]);
    await page.close();
  });
});

describeDefects(() => harness);
describeViews(() => harness);
describeTimeline(() => harness);
