import { describe, expect, it } from "vitest";
import { createLoaders } from "../../src/api/loaders.js";
import { createReader, type Reader } from "../../src/api/queries/reader.js";
import { sourcesCypher } from "../../src/api/queries/sources.js";
import { useSeededApi } from "../helpers/seeded-api.js";

const graph = useSeededApi();

describe("the sources DataLoader", () => {
  it("fetches the sources of every row of an answer in one query", async () => {
    const real = createReader(graph.driver, "neo4j", 10_000);
    const queries: string[] = [];
    const counting: Reader = (cypher, parameters) => {
      queries.push(cypher);
      return real(cypher, parameters);
    };
    const context = { ...(await graph.api.contextFor()), read: counting, loaders: createLoaders(counting) };
    const response = await graph.api.apollo.executeOperation(
      { query: `{ timeline(entity: "DE-BB") { fact sources { title quote } } }` },
      { contextValue: context },
    );
    if (response.body.kind !== "single") throw new Error("expected a single result");
    const rows = response.body.singleResult.data!.timeline as { sources: unknown[] }[];
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((row) => row.sources.length > 0)).toBe(true);
    expect(queries.filter((cypher) => cypher === sourcesCypher)).toHaveLength(1);
    expect(queries).toHaveLength(2);
  });
});
