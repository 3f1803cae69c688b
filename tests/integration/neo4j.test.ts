import { Neo4jGraphQL } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTypeDefs } from "../../src/api/schema.js";
import { testDriver } from "../helpers/neo4j.js";

let driver: Driver;

beforeAll(() => {
  driver = testDriver();
});

afterAll(async () => {
  await driver?.close();
});

describe("the Neo4j the tests run against", () => {
  it("is Neo4j 5.26 with APOC core answering through Bolt", async () => {
    const info = await driver.getServerInfo();
    expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
    const help = await driver.executeQuery(
      "CALL apoc.help('util') YIELD name RETURN collect(name) AS names",
      {},
      { database: "neo4j" },
    );
    expect(help.records[0]!.get("names")).toContain("apoc.util.validate");
    const functions = await driver.executeQuery(
      "SHOW FUNCTIONS YIELD name WHERE name STARTS WITH 'apoc.util' RETURN collect(name) AS names",
      {},
      { database: "neo4j" },
    );
    expect(functions.records[0]!.get("names")).toContain("apoc.util.validatePredicate");
  });

  it("passes @neo4j/graphql's compatibility check", async () => {
    const neoSchema = new Neo4jGraphQL({ typeDefs: readTypeDefs(), driver });
    await expect(
      neoSchema.checkNeo4jCompat({ sessionConfig: { database: "neo4j" } }),
    ).resolves.toBeUndefined();
  });

  it("has the German full-text analyzer", async () => {
    const { records } = await driver.executeQuery(
      "CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN collect(analyzer) AS all",
      {},
      { database: "neo4j" },
    );
    expect(records[0]!.get("all")).toContain("german");
  });
});
