/**
 * The explorer and GraphiQL work under the API's Content-Security-Policy: both render in
 * headless Chromium without a single CSP violation, and GraphiQL runs a query.
 */
import type { Driver } from "neo4j-driver";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi } from "../helpers/api.js";
import { resetDatabase, testDriver } from "../helpers/neo4j.js";
import { launchChromium, type Chromium } from "../../scripts/lib/chromium.js";

let driver: Driver;
let server: { url: string; close(): Promise<void> };
let browser: Chromium;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await driver.executeQuery("CREATE (:Entity:State {id: 'DE-SN', name: 'Sachsen', aliases: []})");
  server = await (await createTestApi(driver)).listen();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await driver?.close();
});

/** Opens a page and records every CSP violation it reports. */
async function openRecording(path: string): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.context.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript({
    content: `document.addEventListener("securitypolicyviolation", (event) =>
      console.error("Content Security Policy violation: " + event.violatedDirective + " " + event.blockedURI));`,
  });
  await page.goto(new URL(path, server.url).toString());
  return { page, violations };
}

describe("the Content-Security-Policy", () => {
  it("lets the explorer load without violations", async () => {
    const { page, violations } = await openRecording("");
    await page.waitForSelector("body[data-ready]");
    expect(violations).toEqual([]);
    await page.close();
  });

  it("lets GraphiQL load its editor, and its page query the API, without violations", async () => {
    const { page, violations } = await openRecording("graphql");
    await page.waitForSelector(".graphiql-container", { timeout: 30_000 });
    await page.waitForSelector(".graphiql-editor .monaco-editor", { timeout: 30_000 });
    const answer = await page.evaluate(async () => {
      const response = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ states { id } }" }),
      });
      return response.json() as Promise<unknown>;
    });
    expect(answer).toEqual({ data: { states: [{ id: "DE-SN" }] } });
    expect(violations).toEqual([]);
    await page.close();
  });
});
