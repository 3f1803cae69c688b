import { describe, expect, it } from "vitest";
import { createLoaders } from "../../src/api/loaders.js";
import { createReader, type Reader } from "../../src/api/queries/reader.js";
import { sourcesCypher } from "../../src/api/queries/sources.js";
import { timeline, timelineCypherWith } from "../../src/api/queries/timeline.js";
import { useSeededApi } from "../helpers/seeded-api.js";

const graph = useSeededApi();

/** A request context whose reads (the resolvers' and the loaders') are recorded, Cypher by Cypher. */
async function recordingContext() {
  const real = createReader(graph.driver, "neo4j", 10_000);
  const queries: string[] = [];
  const recording: Reader = (cypher, parameters) => {
    queries.push(cypher);
    return real(cypher, parameters);
  };
  const context = { ...(await graph.api.contextFor()), read: recording, loaders: createLoaders(recording) };
  return { queries, context };
}

describe("the sources DataLoader", () => {
  it("fetches the sources of every row of an answer in one query", async () => {
    const { queries, context } = await recordingContext();
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

  it("reads a page of every row's oldest sources and their count with the rows, whatever page sizes are asked for", async () => {
    const { queries, context } = await recordingContext();
    const response = await graph.api.apollo.executeOperation(
      {
        query: `{ timeline(entity: "DE-BB") {
          fact sourceCount all: sources { articleId publishedAt } one: sources(first: 1) { articleId }
          two: sources(first: 2) { articleId }
        } }`,
      },
      { contextValue: context },
    );
    if (response.body.kind !== "single") throw new Error("expected a single result");
    const rows = response.body.singleResult.data!.timeline as {
      sourceCount: number;
      all: { articleId: string; publishedAt: string }[];
      one: { articleId: string }[];
      two: { articleId: string }[];
    }[];
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      expect(row.sourceCount).toBe(row.all.length);
      expect(row.one).toEqual(row.all.slice(0, 1).map(({ articleId }) => ({ articleId })));
      expect(row.two).toEqual(row.all.slice(0, 2).map(({ articleId }) => ({ articleId })));
    }
    expect(rows.some((row) => row.all.length > 1)).toBe(true);
    expect(queries.filter((cypher) => cypher === sourcesCypher)).toHaveLength(1);
    expect(queries.filter((cypher) => cypher === timelineCypherWith({ first: 2, count: true }))).toHaveLength(
      1,
    );
    expect(queries).toHaveLength(2);

    const negative = await graph.api.apollo.executeOperation(
      { query: `{ timeline(entity: "DE-BB") { sources(first: -1) { articleId } } }` },
      { contextValue: await graph.api.contextFor() },
    );
    if (negative.body.kind !== "single") throw new Error("expected a single result");
    expect(negative.body.singleResult.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers a page and a count through the DataLoader as the rows query reads them", async () => {
    const read = createReader(graph.driver, "neo4j", 10_000);
    const rows = await timeline(read, { entity: "DE-BB" }, { first: 2, count: true });
    expect(rows.some((row) => (row.sourceCount ?? 0) > 0)).toBe(true);
    const loaders = createLoaders(read);
    const viaLoader = await Promise.all(
      rows.map(async (row) => [
        await loaders.sources(2).load(row.fact),
        await loaders.sourceCounts.load(row.fact),
      ]),
    );
    expect(viaLoader).toEqual(rows.map((row) => [row.sourcePage, row.sourceCount]));
  });
});
