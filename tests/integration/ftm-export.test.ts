import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportFtm, FTM_COLUMNS } from "../../src/backup/ftm/export-ftm.js";
import { writeArticle } from "../../src/graph/write-article.js";
import type { EntityRef, Fact } from "../../src/model/fact.js";
import { resetDatabase, testDriver } from "../helpers/neo4j.js";

const person: EntityRef = { id: "daniela-dylakiewicz", name: "Daniela Dylakiewicz", type: "Person" };
const sachsen: EntityRef = { id: "DE-SN", name: "Sachsen", type: "State" };
const tenure = (from: string): Fact => ({
  type: "holdsOffice",
  subject: person,
  object: sachsen,
  role: "CIO",
  from,
  quote: `Seit ${from} ist sie CIO.`,
  confidence: 0.9,
});

describe("govgraph export --format ftm", () => {
  let driver: Driver;
  let out: string;
  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await driver.executeQuery(
      "CREATE (:Entity:State {id: 'DE-SN', name: 'Sachsen', aliases: ['Freistaat Sachsen'], wikidata: 'Q1202'})",
      {},
      { database: "neo4j" },
    );
    for (const [id, day, from] of [
      ["a1", "2025-02-07", "2025-02-01"],
      ["a2", "2025-03-01", "2025-01-15"],
    ] as const) {
      await writeArticle(driver, "neo4j", {
        article: { id, title: id, publishedAt: day, contentHash: id, url: `https://example.org/${id}` },
        facts: [tenure(from)],
      });
    }
    out = mkdtempSync(path.join(os.tmpdir(), "govgraph-ftm-"));
  });
  afterAll(async () => {
    rmSync(out, { recursive: true, force: true });
    await driver.close();
  });

  it("writes one row per value with entity, schema, property and dataset, and each source's claim with its article as origin", async () => {
    const count = await exportFtm(driver, "neo4j", out);
    const text = readFileSync(path.join(out, "statements.csv"), "utf8");
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(count);
    expect(text.split("\n")[0]).toBe(FTM_COLUMNS.join(","));

    const state = rows.filter((row) => row.entity_id === "DE-SN");
    expect(state.map((row) => [row.schema, row.prop, row.value])).toEqual([
      ["PublicBody", "name", "Sachsen"],
      ["PublicBody", "alias", "Freistaat Sachsen"],
      ["PublicBody", "wikidataId", "Q1202"],
    ]);
    const starts = rows.filter((row) => row.schema === "Employment" && row.prop === "startDate");
    expect(starts.map((row) => [row.value, row.origin, row.first_seen])).toEqual([
      ["2025-02-01", "https://example.org/a1", "2025-02-07"],
      ["2025-01-15", "https://example.org/a2", "2025-03-01"],
    ]);
    const employee = rows.find((row) => row.schema === "Employment" && row.prop === "employee");
    expect(employee).toMatchObject({ value: person.id, prop_type: "entity", dataset: "govgraph" });
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });
});
