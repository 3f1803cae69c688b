import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  loadMunicipalRegister,
  type RegisterLoadResult,
} from "../../src/reference/load-municipal-register.js";
import { luceneQuery } from "../../src/api/queries/search.js";
import { countGraph, resetDatabase, testDriver } from "../helpers/neo4j.js";

describe("loading the municipal register", () => {
  let driver: Driver;
  let first: RegisterLoadResult;
  const count = async (cypher: string, parameters: Record<string, unknown> = {}): Promise<number> => {
    const { records } = await driver.executeQuery(cypher, parameters, { database: "neo4j" });
    return records[0]!.get(0) as number;
  };

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    first = await loadMunicipalRegister(driver, "neo4j");
  });

  afterAll(async () => {
    await driver.close();
  });

  it("writes 16 Länder, 400 counties and 10,773 municipalities", async () => {
    expect(first).toMatchObject({ states: 16, counties: 400, municipalities: 10_773 });
    expect(await count("MATCH (s:Entity:State) RETURN count(s)")).toBe(16);
    expect(await count("MATCH (c:Entity:County) RETURN count(c)")).toBe(400);
    expect(await count("MATCH (m:Entity:Municipality) RETURN count(m)")).toBe(10_773);
    expect(first.stats.relationshipsCreated).toBe(400 + 10_773);
  });

  it("links every municipality to exactly one county and that to its Land", async () => {
    expect(
      await count(
        "MATCH (m:Municipality) WHERE COUNT { (m)-[:IN_COUNTY]->(:County)-[:IN_STATE]->(:State) } = 1 RETURN count(m)",
      ),
    ).toBe(10_773);
    expect(
      await count(
        "MATCH (m:Municipality)-[:IN_COUNTY]->(c:County)-[:IN_STATE]->(s:State) WHERE s.agsPrefix <> substring(m.id, 0, 2) OR c.id <> substring(m.id, 0, 5) RETURN count(m)",
      ),
    ).toBe(0);
  });

  it("answers 'all municipalities of Hessen' with one walk", async () => {
    expect(
      await count(
        "MATCH (:State {id: 'DE-HE'})<-[:IN_STATE]-(:County)<-[:IN_COUNTY]-(m:Municipality) RETURN count(m)",
      ),
    ).toBe(421);
  });

  it("stores display names, official names and suffixes, population and area", async () => {
    const { records } = await driver.executeQuery(
      "MATCH (m:Municipality {id: '01001000'})-[:IN_COUNTY]->(c:County) RETURN m {.*} AS m, c {.*} AS c",
      {},
      { database: "neo4j" },
    );
    const m = records[0]!.get("m") as Record<string, unknown>;
    const c = records[0]!.get("c") as Record<string, unknown>;
    expect(m).toMatchObject({
      name: "Flensburg",
      officialName: "Flensburg, Stadt",
      officialSuffix: "Stadt",
      population: 92_550,
      areaKm2: 56.73,
      aliasText: "Flensburg | Flensburg, Stadt",
    });
    expect(Number.isInteger(m.population)).toBe(true);
    expect(c).toMatchObject({ id: "01001", name: "Flensburg", kind: "Kreisfreie Stadt", population: 92_550 });
  });

  it("finds places the way people name them through the full-text index", async () => {
    const hits = async (text: string): Promise<string[]> => {
      const { records } = await driver.executeQuery(
        "CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node RETURN node.id AS id",
        { query: luceneQuery(text) },
        { database: "neo4j" },
      );
      return records.map((record) => record.get("id") as string);
    };
    expect(await hits("Kiel")).toEqual(expect.arrayContaining(["01002000", "01002"]));
    expect((await hits("Kreis Recklinghausen"))[0]).toBe("05562");
    expect((await hits("Landkreis Görlitz"))[0]).toBe("14626");
  });

  it("changes nothing when loaded a second time", async () => {
    const before = await countGraph(driver);
    const second = await loadMunicipalRegister(driver, "neo4j");
    expect(second.stats.nodesCreated).toBe(0);
    expect(second.stats.relationshipsCreated).toBe(0);
    expect(await countGraph(driver)).toEqual(before);
  });

  it("keeps a Land node the curated reference data created, adding only its AGS prefix", async () => {
    await resetDatabase(driver);
    await driver.executeQuery(
      "CREATE (:Entity:State {id: 'DE-SH', name: 'Schleswig-Holstein', wikidata: 'Q1194', aliases: ['SH'], aliasText: 'SH'})",
      {},
      { database: "neo4j" },
    );
    await loadMunicipalRegister(driver, "neo4j", { stateKeys: ["01"] });
    const { records } = await driver.executeQuery(
      "MATCH (s:State) RETURN count(s) AS states, collect(s {.id, .wikidata, .agsPrefix, .aliasText}) AS all",
      {},
      { database: "neo4j" },
    );
    expect(records[0]!.get("states")).toBe(1);
    expect(records[0]!.get("all")).toEqual([
      { id: "DE-SH", wikidata: "Q1194", agsPrefix: "01", aliasText: "SH" },
    ]);
    expect(
      await count("MATCH (:State {id: 'DE-SH'})<-[:IN_STATE]-(:County)<-[:IN_COUNTY]-(m) RETURN count(m)"),
    ).toBe(1_104);
  });
});
