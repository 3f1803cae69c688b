/**
 * npx tsx scripts/screenshot-explorer.ts [URL] [FILE]: the start page of a running explorer
 * (default http://localhost:4000/) as docs/explorer.png, at 1440 × 900 in German.
 */
import path from "node:path";
import { projectRoot } from "../src/config/env.js";
import { launchChromium } from "./lib/chromium.js";

const url = process.argv[2] ?? "http://localhost:4000/";
const file = process.argv[3] ?? path.join(projectRoot, "docs", "explorer.png");
const browser = await launchChromium({ locale: "de-DE" });
try {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForSelector("body[data-ready]");
  await page.locator(".start-latest .start-fact").first().waitFor();
  await page.screenshot({ path: file });
  console.log(`Saved ${file}`);
} finally {
  await browser.close();
}
