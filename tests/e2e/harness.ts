/**
 * What every browser test file shares: the seeded graph behind a real API, one Chromium, pages that
 * record console errors and failed requests, and the search-and-pick gesture.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { projectRoot } from "../../src/config/env.js";
import { explorerDir, type Api } from "../../src/api/server.js";
import { seedDatabase } from "../../src/seed/seed.js";
import { createTestApi } from "../helpers/api.js";
import { resetDatabase, testDriver } from "../helpers/neo4j.js";
import { chromiumPath, launchChromium, type Chromium } from "../../scripts/lib/chromium.js";

export const screenshots = path.join(projectRoot, "test-results", "screenshots");

export interface Harness {
  driver: Driver;
  api: Api;
  url: string;
  browser: Chromium;
  close(): Promise<void>;
}

/** Seeds the test database, starts the API on a free port and launches Chromium. */
export async function startHarness(prepare?: (driver: Driver, api: Api) => Promise<void>): Promise<Harness> {
  if (!existsSync(path.join(explorerDir, "index.html")))
    throw new Error(`${explorerDir}/index.html is missing: run \`npm run build\` before the browser tests.`);
  if (!existsSync(chromiumPath))
    throw new Error(
      `${chromiumPath} is missing: install Debian's chromium package (apt-get install chromium).`,
    );
  mkdirSync(screenshots, { recursive: true });
  const driver = testDriver();
  await resetDatabase(driver);
  await seedDatabase(driver, "neo4j");
  const api = await createTestApi(driver);
  await prepare?.(driver, api);
  const server = await api.listen();
  // Warm the full-text index and the query plans, so the first search in a page is not a cold start.
  await graphql(
    server.url,
    '{ search(text: "Sachsen") { id } neighborhood(id: "DE-SN", depth: 2) { nodes { id } } }',
  );
  const browser = await launchChromium({ locale: "de-DE" });
  return {
    driver,
    api,
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      await driver.close();
    },
  };
}

/** A public GraphQL request, as a researcher would send it. */
export async function graphql<T = Record<string, unknown>>(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  authorization?: string,
): Promise<T> {
  const response = await fetch(new URL("graphql", base), {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The page's answers wait on Neo4j; on a busy machine a first full-text query takes seconds. */
export const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 200 });

export interface Watched {
  page: Page;
  /** Uncaught exceptions, console errors and failed or 4xx/5xx requests seen so far. */
  problems: string[];
}

/** A new page that records every console error, uncaught exception and failed request. */
export async function watchedPage(harness: Harness): Promise<Watched> {
  const page = await harness.browser.context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`exception: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  // Requests cancelled by a reload or by closing the page are not failures of the page.
  page.on("requestfailed", (request) => {
    if (request.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`failed: ${request.url()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400)
      problems.push(`${response.status()}: ${response.url()} ${response.request().postData() ?? ""}`.trim());
  });
  return { page, problems };
}

/** Opens the explorer at `query` and waits until it has finished its first load. */
export async function open(harness: Harness, query = ""): Promise<Watched> {
  const watched = await watchedPage(harness);
  await watched.page.goto(new URL(query, harness.url).toString());
  await watched.page.waitForSelector("body[data-ready]");
  return watched;
}

/** Types into a search field and picks the suggestion with this id by keyboard. */
export async function pick(page: Page, field: string, text: string, id: string): Promise<void> {
  await page.fill(field, text);
  await page.waitForSelector(`${field} ~ .suggestions .suggestion[data-id="${id}"]`);
  while ((await page.getAttribute(`.suggestion[data-id="${id}"]`, "aria-selected")) !== "true")
    await page.press(field, "ArrowDown");
  await page.press(field, "Enter");
}

/** Node and line counts as the graph's footer states them. */
export async function graphCounts(page: Page): Promise<[number, number]> {
  const numbers = ((await page.textContent("#graph-counts")) ?? "").match(/\d+/g)?.map(Number) ?? [];
  return [numbers[0] ?? 0, numbers[1] ?? 0];
}

/** Closes a page and asserts that it saw no console error, exception or failed request. */
export async function closeClean({ page, problems }: Watched): Promise<void> {
  await page.close();
  expect(problems).toEqual([]);
}
