/**
 * The response cache over HTTP, as `govgraph serve` runs it: a repeated anonymous first-class
 * operation is answered whole from the cache (Apollo's response-cache plugin marks it with an
 * Age header) with the same data; generated queries and requests with a token are never served
 * from it, and a write through the API empties it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disableResponseCache, enableResponseCache } from "../../src/api/cache/response-cache.js";
import { mintToken } from "../../src/api/auth.js";
import { TEST_JWT_SECRET } from "../helpers/api.js";
import { useSeededApi } from "../helpers/seeded-api.js";

const graph = useSeededApi();
let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  enableResponseCache({ ttlMs: 60_000 });
  const server = await graph.api.listen();
  url = `${server.url}graphql`;
  close = server.close;
});

afterAll(async () => {
  disableResponseCache();
  await close?.();
});

async function post(query: string, authorization?: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query }),
  });
  return {
    cached: response.headers.has("age"),
    body: (await response.json()) as { data?: unknown; errors?: unknown },
  };
}

const CHAIRS =
  "{ chairs(year: 2025) { fact body { id } holder { id } sources(first: 1) { quote } sourceCount } }";

describe("the whole-response cache", () => {
  it("answers a repeated anonymous first-class operation from the cache, with the same data", async () => {
    const first = await post(CHAIRS);
    const second = await post(CHAIRS);
    expect(first.body.errors).toBeUndefined();
    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    expect(second.body).toEqual(first.body);
  });

  it("never serves generated queries or requests with a token from it", async () => {
    const generated = "{ states { id } }";
    await post(generated);
    expect((await post(generated)).cached).toBe(false);
    const token = `Bearer ${await mintToken({ secret: TEST_JWT_SECRET, roles: ["editor"], expiresIn: "5m" })}`;
    const withToken = await post(CHAIRS, token);
    expect(withToken.body.errors).toBeUndefined();
    expect(withToken.cached).toBe(false);
  });

  it("is emptied by a write through the API", async () => {
    await post(CHAIRS);
    expect((await post(CHAIRS)).cached).toBe(true);
    const token = `Bearer ${await mintToken({ secret: TEST_JWT_SECRET, roles: ["editor"], expiresIn: "5m" })}`;
    const write = await post(`mutation { importNews(text: "") { articles { status } } }`, token);
    expect(write.body.errors ?? write.body.data).toBeDefined();
    expect((await post(CHAIRS)).cached).toBe(false);
  });
});
