import { afterEach, describe, expect, it } from "vitest";
import { LruCache } from "../../../src/api/cache/lru.js";
import {
  argumentKey,
  cacheable,
  disableResponseCache,
  enableResponseCache,
  invalidateResponseCache,
} from "../../../src/api/cache/response-cache.js";

describe("LruCache", () => {
  it("drops the least recently used entry when full, and entries past their time to live", () => {
    let now = 0;
    const cache = new LruCache<number>(2, 100, () => now);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1);
    cache.set("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    now = 150;
    expect(cache.get("c")).toBeUndefined();
    expect(cache.size).toBe(1);
  });
});

describe("the response cache", () => {
  afterEach(() => disableResponseCache());

  const anonymous = { viewer: { jwt: undefined } };
  const editor = { viewer: { jwt: { sub: "e", roles: ["editor"] } } };

  function counting() {
    const calls = { root: 0, nested: 0 };
    const resolvers = cacheable({
      Query: {
        rows: async (_: unknown, args: Record<string, unknown>) => {
          calls.root++;
          return [{ fact: `f-${String(args.year)}-${calls.root}` }];
        },
      },
      Row: {
        sources: async (row: { fact: string }) => {
          calls.nested++;
          return [`source of ${row.fact}`];
        },
      },
    });
    const root = resolvers.Query.rows as (
      p: unknown,
      a: Record<string, unknown>,
      c: unknown,
    ) => Promise<unknown>;
    const nested = resolvers.Row.sources as (
      p: unknown,
      a: Record<string, unknown>,
      c: unknown,
    ) => Promise<unknown>;
    return { calls, root, nested };
  }

  it("passes every call through while it is off", async () => {
    const { calls, root } = counting();
    await root(null, { year: 2025 }, anonymous);
    await root(null, { year: 2025 }, anonymous);
    expect(calls.root).toBe(2);
  });

  it("answers repeated anonymous reads from memory, nested fields included, until a write", async () => {
    enableResponseCache();
    const { calls, root, nested } = counting();
    const first = (await root(null, { year: 2025, body: null }, anonymous)) as { fact: string }[];
    const again = (await root(null, { year: 2025 }, anonymous)) as { fact: string }[];
    expect(again).toBe(first);
    await nested(first[0], {}, anonymous);
    await nested(again[0], {}, anonymous);
    expect(calls).toEqual({ root: 1, nested: 1 });
    await root(null, { year: 2024 }, anonymous);
    expect(calls.root).toBe(2);

    invalidateResponseCache();
    const fresh = (await root(null, { year: 2025 }, anonymous)) as { fact: string }[];
    expect(fresh).not.toBe(first);
    expect(calls.root).toBe(3);
  });

  it("never serves requests with a token from the cache", async () => {
    enableResponseCache();
    const { calls, root } = counting();
    await root(null, { year: 2025 }, editor);
    await root(null, { year: 2025 }, editor);
    expect(calls.root).toBe(2);
  });

  it("forgets a failed read", async () => {
    enableResponseCache();
    let fail = true;
    const resolvers = cacheable({
      Query: {
        flaky: async () => {
          if (fail) throw new Error("Neo4j is down");
          return "answer";
        },
      },
    });
    const flaky = resolvers.Query.flaky as (p: unknown, a: object, c: unknown) => Promise<string>;
    await expect(flaky(null, {}, anonymous)).rejects.toThrow("Neo4j is down");
    fail = false;
    await expect(flaky(null, {}, anonymous)).resolves.toBe("answer");
  });

  it("keys arguments regardless of order and of nulls, and refuses mutations", () => {
    expect(argumentKey({ b: 1, a: "x", c: null })).toBe(argumentKey({ a: "x", b: 1 }));
    expect(argumentKey({ a: 1 })).not.toBe(argumentKey({ a: 2 }));
    expect(() => cacheable({ Mutation: { importNews: () => null } })).toThrow();
  });
});
