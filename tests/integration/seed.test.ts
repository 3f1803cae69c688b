import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../src/seed/seed.js";
import { countGraph, resetDatabase, testDriver } from "../helpers/neo4j.js";

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
});

afterAll(async () => {
  await driver?.close();
});

async function factExists(type: string, subject: string, object: string, extra = ""): Promise<boolean> {
  const { records } = await driver.executeQuery(
    `MATCH (:Entity {id: $subject})<-[:SUBJECT]-(f:Fact {type: $type})-[:OBJECT]->(:Entity {id: $object})
     WHERE true ${extra}
     MATCH (f)-[:SOURCED_FROM]->(:Article)
     RETURN count(f) > 0 AS found`,
    { type, subject, object },
    { database: "neo4j" },
  );
  return records[0]!.get("found") as boolean;
}

describe("seeding", () => {
  it("loads the facts DESIGN.md lists, each with a source", async () => {
    const first = await seedDatabase(driver, "neo4j");
    expect(first.facts.created).toBeGreaterThan(20);
    expect(await factExists("chairs", "DE-SH", "d16", "AND f.year = 2021")).toBe(true);
    expect(await factExists("chairs", "DE-MV", "it-planungsrat", "AND f.year = 2025")).toBe(true);
    expect(
      await factExists(
        "holdsOffice",
        "daniela-dylakiewicz",
        "DE-SN",
        "AND f.role = 'CIO' AND f.from = date('2025-02-07')",
      ),
    ).toBe(true);
    expect(await factExists("leads", "DE-BB", "ozg-aufenthalt")).toBe(true);
    expect(await factExists("funds", "DE-HE", "civento")).toBe(true);
    expect(await factExists("funds", "DE", "digitalpakt-schule-2-0")).toBe(true);
    expect(await factExists("holdsOffice", "jan-philipp-albrecht", "DE-SH")).toBe(true);
    expect(
      await factExists("holdsOffice", "cem-oezdemir", "DE", "AND f.role = 'Bundesbildungsminister'"),
    ).toBe(true);
    const { records } = await driver.executeQuery(
      `MATCH (f:ServiceUsage)-[:SUBJECT]->(:Project {id: 'ozg-aufenthalt'}) RETURN f.count AS count`,
      {},
      { database: "neo4j" },
    );
    expect(records.map((record) => record.get("count"))).toContain(270);
  });

  it("changes nothing when run a second time", async () => {
    const before = await countGraph(driver);
    const again = await seedDatabase(driver, "neo4j");
    expect(again.articles.created + again.articles.updated).toBe(0);
    expect(await countGraph(driver)).toEqual(before);
  });

  it("links day-precise facts to Day and Year nodes, and year-only facts to the Year", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (f:Chairmanship {year: 2025})-[:IN_YEAR]->(y:Year) RETURN y.id AS year, y.value AS value`,
      {},
      { database: "neo4j" },
    );
    expect(records.map((record) => record.toObject())).toContainEqual({ year: "2025", value: 2025 });
    const days = await driver.executeQuery(
      `MATCH (:Tenure)-[:ON_DAY]->(d:Day {id: '2025-02-07'})-[:IN_YEAR]->(y:Year {id: '2025'}) RETURN count(*) AS n`,
      {},
      { database: "neo4j" },
    );
    expect(days.records[0]!.get("n")).toBeGreaterThan(0);
  });
});
