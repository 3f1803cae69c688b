/** Debian's Chromium, headless, with a fresh profile: what the browser tests and the benchmark drive. */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const chromiumPath = "/usr/bin/chromium";

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(options: { locale?: string } = {}): Promise<Chromium> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "govgraph-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: [...chromiumArgs, ...(process.env.CHROMIUM_EXTRA_ARGS?.split(" ").filter(Boolean) ?? [])],
    headless: true,
    locale: options.locale ?? "de-DE",
    viewport: { width: 1440, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
