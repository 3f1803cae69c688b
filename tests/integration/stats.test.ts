import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeArticle } from "../../src/graph/write-article.js";
import { seedDatabase } from "../../src/seed/seed.js";
import { collectStats } from "../../src/stats/collect-stats.js";
import { formatStats } from "../../src/stats/format-stats.js";
import { resetDatabase, testDriver } from "../helpers/neo4j.js";

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await seedDatabase(driver, "neo4j", { municipalities: true });
}, 180_000);

afterAll(async () => {
  await driver?.close();
});

async function count(cypher: string): Promise<number> {
  const { records } = await driver.executeQuery(cypher, {}, { database: "neo4j" });
  return records[0]!.get(0) as number;
}

describe("stats of a seeded graph", () => {
  it("counts the register, the curated facts and their sources as the graph holds them", async () => {
    const stats = await collectStats(driver, "neo4j");
    expect(stats.entities).toMatchObject({ State: 16, County: 400, Municipality: 10_773, Federation: 1 });
    expect(stats.factsTotal).toBe(await count("MATCH (f:Fact) RETURN count(f)"));
    expect(stats.facts.chairs).toBe(await count("MATCH (f:Chairmanship) RETURN count(f)"));
    expect(stats.articles.total).toBe(await count("MATCH (a:Article) RETURN count(a)"));
    expect(stats.articles.withoutUrl).toBe(0);
    expect(stats.factsWithoutUrl).toBe(0);
    expect(stats.factsPerYear["2025"]).toBeGreaterThan(0);
    // Kreis Recklinghausen (05562) and Wolfsburg (03103000) count for their Länder.
    expect(stats.factsPerState["DE-NW"]).toBeGreaterThan(0);
    expect(stats.factsPerState["DE-NI"]).toBeGreaterThan(0);
    expect(stats.peopleWithoutOffice.map((person) => person.id)).not.toContain("daniela-dylakiewicz");
    const itplr = stats.chairs.find((chair) => chair.body === "it-planungsrat");
    expect(itplr?.years).toContain(2025);
    expect(itplr?.missing).not.toContain(2025);
    expect(formatStats(stats)).toMatch(/\| Municipality \| 10,773 \|/);
  });

  it("reports a fact whose only source has no URL, and a person without an office", async () => {
    const before = await collectStats(driver, "neo4j");
    await writeArticle(driver, "neo4j", {
      article: {
        id: "stats-test-article",
        title: "Ohne Adresse",
        publishedAt: "2030-01-02",
        contentHash: "x",
      },
      facts: [
        {
          type: "announces",
          subject: { id: "stats-test-person", name: "Erika Beispiel", type: "Person" },
          text: "ein Plan",
          year: 2030,
          quote: "Erika Beispiel kündigt einen Plan an.",
          confidence: 1,
        },
      ],
    });
    const after = await collectStats(driver, "neo4j");
    expect(after.factsWithoutUrl).toBe(before.factsWithoutUrl + 1);
    expect(after.articles.withoutUrl).toBe(before.articles.withoutUrl + 1);
    expect(after.factsPerYear["2030"]).toBe(1);
    expect(after.peopleWithoutOffice).toContainEqual({ id: "stats-test-person", name: "Erika Beispiel" });
  });
});
