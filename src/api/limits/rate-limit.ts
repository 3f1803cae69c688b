/**
 * A fixed-window request limit per client address; over it, a 429 with a GraphQL-shaped
 * RATE_LIMITED error. The counting is express-rate-limit's memory store with its keys (an IPv6
 * client counts by its /56 subnet); the `RateLimit` and `RateLimit-Policy` headers follow IETF
 * draft 8 as express-rate-limit writes them. One limiter serves the express routes and the plain
 * GraphQL POSTs (src/api/plain-graphql-posts.ts), so a request counts once, whichever path
 * serves it.
 */
import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import { ipKeyGenerator, MemoryStore, type Options } from "express-rate-limit";
import { ErrorCode } from "../errors.js";

export interface RateLimiter {
  /**
   * Counts a request from `address` and sets the RateLimit headers; over the limit it answers
   * 429 itself and resolves to false.
   */
  admit(address: string | undefined, response: ServerResponse): Promise<boolean>;
  /** The same for express routes: the address is `request.ip` (GOVGRAPH_TRUST_PROXY applied). */
  middleware: RequestHandler;
}

const WINDOW_MS = 60_000;

/** Partition keys computed, per client key; emptied when it grows past this many clients. */
const MAX_PARTITION_KEYS = 10_000;

/** The partition key of draft 8: a client's key without revealing it (a hash, kept per client). */
function partitionKeys(): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let partition = known.get(key);
    if (partition === undefined) {
      if (known.size >= MAX_PARTITION_KEYS) known.clear();
      partition = Buffer.from(createHash("sha256").update(key).digest("hex").slice(0, 12)).toString("base64");
      known.set(key, partition);
    }
    return partition;
  };
}

export function createRateLimiter(perMinute: number): RateLimiter {
  if (perMinute === 0) {
    return { admit: () => Promise.resolve(true), middleware: (_request, _response, next) => next() };
  }
  const store = new MemoryStore();
  store.init({ windowMs: WINDOW_MS } as Options);
  const name = `"${perMinute}-in-1min"`;
  const partitionKey = partitionKeys();
  const tooMany = JSON.stringify({
    errors: [
      {
        message: `Too many requests: at most ${perMinute} per minute; retry after the time in the RateLimit header.`,
        extensions: { code: ErrorCode.RATE_LIMITED },
      },
    ],
  });
  const admit = async (address: string | undefined, response: ServerResponse): Promise<boolean> => {
    const key = ipKeyGenerator(address ?? "unknown");
    const { totalHits, resetTime } = await store.increment(key);
    const resetMs = resetTime ? resetTime.getTime() - Date.now() : WINDOW_MS;
    const resetSeconds = Math.max(0, Math.ceil(resetMs / 1000));
    response.setHeader("RateLimit", `${name}; r=${Math.max(perMinute - totalHits, 0)}; t=${resetSeconds}`);
    response.setHeader("RateLimit-Policy", `${name}; q=${perMinute}; w=60; pk=:${partitionKey(key)}:`);
    if (totalHits <= perMinute) return true;
    response.setHeader("Retry-After", String(resetSeconds));
    response.writeHead(429, {
      "content-type": "application/json; charset=utf-8",
      "content-length": Buffer.byteLength(tooMany),
    });
    response.end(tooMany);
    return false;
  };
  return {
    admit,
    middleware: (request, response, next) => {
      admit(request.ip, response).then((admitted) => (admitted ? next() : undefined), next);
    },
  };
}
