/**
 * Work hidden in argument values (a `where` nested in variables, huge OR lists, long strings) is
 * refused before @neo4j/graphql translates it, and afterwards Neo4j runs nothing of ours.
 */
import { describe, expect, it } from "vitest";
import { nestedStateFilter, postGraphQL, runningQueries, useSmallGraphServer } from "../helpers/hostile.js";

const server = useSmallGraphServer();

const STATES = "query ($w: StateWhere) { states(where: $w) { id } }";

describe("argument values", () => {
  it("refuses a where filter nested 31 levels deep in variables within a second, and Neo4j stays idle", async () => {
    const started = performance.now();
    const { status, body } = await postGraphQL(server.graphql, STATES, { w: nestedStateFilter(31) });
    const elapsed = performance.now() - started;
    expect(body.errors?.[0]?.extensions?.code).toBe("ARGUMENT_TOO_DEEP");
    expect(status).toBe(400);
    expect(elapsed).toBeLessThan(1_000);
    expect(await runningQueries(server.driver)).toEqual([]);
  });

  it("still answers a shallow relationship filter", async () => {
    const { status, body } = await postGraphQL(server.graphql, STATES, { w: nestedStateFilter(1) });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data).toEqual({ states: [{ id: "DE-SN" }] });
  });

  it("measures the variables of every request, also when the same document passed before", async () => {
    const passed = await postGraphQL(server.graphql, STATES, { w: nestedStateFilter(1) });
    expect(passed.body.errors).toBeUndefined();
    const { status, body } = await postGraphQL(server.graphql, STATES, { w: nestedStateFilter(31) });
    expect(body.errors?.[0]?.extensions?.code).toBe("ARGUMENT_TOO_DEEP");
    expect(status).toBe(400);
  });

  it("refuses an OR of 2,000 id filters with ARGUMENTS_TOO_LARGE", async () => {
    const w = { OR: Array.from({ length: 2_000 }, (_, i) => ({ id: { eq: `DE-${i}` } })) };
    const { status, body } = await postGraphQL(server.graphql, STATES, { w });
    expect(body.errors?.[0]?.extensions?.code).toBe("ARGUMENTS_TOO_LARGE");
    expect(status).toBe(400);
  });

  it("refuses AND nested 1,000 deep written into the document itself", async () => {
    const literal = "{AND: [".repeat(60) + '{id: {eq: "DE-SN"}}' + "]}".repeat(60);
    const { status, body } = await postGraphQL(server.graphql, `{ states(where: ${literal}) { id } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe("ARGUMENT_TOO_DEEP");
    expect(status).toBe(400);
  });

  it("refuses an over-long string argument with ARGUMENT_TOO_LONG", async () => {
    const { status, body } = await postGraphQL(server.graphql, STATES, {
      w: { name: { contains: "x".repeat(5_000) } },
    });
    expect(body.errors?.[0]?.extensions?.code).toBe("ARGUMENT_TOO_LONG");
    expect(status).toBe(400);
  });
});
