/**
 * Export and restore round-trip the seeded graph (with a review queue item): seed, export,
 * reset, restore, export again, and the two exports hold the same counts and byte-equal files.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportGraph } from "../../src/backup/export-graph.js";
import type { Manifest } from "../../src/backup/format.js";
import { restoreGraph, verifyExport } from "../../src/backup/restore-graph.js";
import { writeArticle } from "../../src/graph/write-article.js";
import { seedDatabase } from "../../src/seed/seed.js";
import { countGraph, resetDatabase, testDriver } from "../helpers/neo4j.js";

let driver: Driver;
const work = mkdtempSync(path.join(os.tmpdir(), "govgraph-backup-"));
const first = path.join(work, "first");
const second = path.join(work, "second");
let manifest: Manifest;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await seedDatabase(driver, "neo4j");
  // A fact below the review threshold: the review queue (with a datetime) must survive too.
  await writeArticle(
    driver,
    "neo4j",
    {
      article: {
        id: "backup-test",
        title: "Rückfrage",
        publishedAt: "2025-03-01",
        contentHash: "backup-test",
      },
      facts: [
        {
          type: "leads",
          subject: { id: "DE-BB", name: "Brandenburg", type: "State" },
          object: { id: "backup-projekt", name: "Backup-Projekt", type: "Project" },
          year: 2025,
          quote: "Brandenburg leitet vielleicht das Backup-Projekt.",
          confidence: 0.3,
        },
      ],
    },
    { reviewThreshold: 0.5 },
  );
  manifest = await exportGraph(driver, "neo4j", first);
}, 240_000);

afterAll(async () => {
  await driver?.close();
  rmSync(work, { recursive: true, force: true });
});

describe("export and restore", () => {
  it("writes JSON lines, CSV per label and a manifest with counts and checksums", () => {
    expect(manifest.counts.nodes).toBeGreaterThan(100);
    expect(manifest.counts.labels.ReviewItem).toBe(1);
    expect(manifest.files["nodes.jsonl"]).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(manifest.files)).toEqual(
      expect.arrayContaining(["csv/State.csv", "csv/relationships.csv"]),
    );
    const lines = readFileSync(path.join(first, "nodes.jsonl"), "utf8").trim().split("\n");
    expect(lines).toHaveLength(manifest.counts.nodes);
    const article = lines
      .map((line) => JSON.parse(line) as { labels: string[]; properties: Record<string, unknown> })
      .find((node) => node.labels.includes("Article") && node.properties.publishedAt !== undefined);
    expect(article?.properties.publishedAt).toEqual({ $date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(readFileSync(path.join(first, "csv", "State.csv"), "utf8")).toMatch(/^labels,id,/);
  });

  it("refuses to restore into a database that is not empty", async () => {
    await expect(restoreGraph(driver, "neo4j", first)).rejects.toThrow(/empty database/);
  });

  it("refuses an export whose files do not match their checksums", async () => {
    const damaged = path.join(work, "damaged");
    cpSync(first, damaged, { recursive: true });
    appendFileSync(path.join(damaged, "relationships.jsonl"), "\n");
    await expect(verifyExport(damaged)).rejects.toThrow(/relationships.jsonl does not match its checksum/);
  });

  it("round-trips: counts and the checksums of the canonical files match after reset and restore", async () => {
    const before = await countGraph(driver);
    await resetDatabase(driver);
    expect((await countGraph(driver)).nodes).toBe(0);
    await restoreGraph(driver, "neo4j", first);
    expect(await countGraph(driver)).toEqual(before);
    const again = await exportGraph(driver, "neo4j", second);
    expect(again.counts).toEqual(manifest.counts);
    expect(again.files).toEqual(manifest.files);
    const { records } = await driver.executeQuery(
      "MATCH (a:Article) WHERE a.publishedAt IS NOT NULL WITH a LIMIT 1 MATCH (r:ReviewItem) RETURN valueType(a.publishedAt) AS date, valueType(r.createdAt) AS created, valueType(r.confidence) AS confidence",
    );
    expect(records[0]!.toObject()).toEqual({
      date: "DATE NOT NULL",
      created: "ZONED DATETIME NOT NULL",
      confidence: "FLOAT NOT NULL",
    });
  }, 120_000);
});
