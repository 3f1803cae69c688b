/**
 * A response cache for the public first-class queries, at the resolver level: the answer of a
 * root field is kept under its field name and normalised arguments (so queries that select
 * different fields of the same answer share it), and the nested fields (sources of a row, a
 * page of municipalities) are memoised on the cached objects, so a repeated query reaches Neo4j
 * not at all. Only anonymous reads are cached. Every write through the API (news import, review
 * decisions) empties it; a time to live bounds how stale an answer can be after writes that
 * bypass the API (the CLI's import and generate).
 *
 * Off until `enableResponseCache` is called, so a process that writes to Neo4j directly (tests,
 * the CLI) never reads a stale answer.
 */
import { LruCache } from "./lru.js";

type Resolver = (parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;
type ResolverMap = Record<string, Record<string, unknown>>;

export interface ResponseCacheOptions {
  maxEntries?: number;
  ttlMs?: number;
}

export const DEFAULT_CACHE_OPTIONS = { maxEntries: 2_000, ttlMs: 60_000 } as const;

let answers: LruCache<Promise<unknown>> | null = null;
/** Nested results per cached parent object; dropped with the parent. */
let nested = new WeakMap<object, Map<string, Promise<unknown>>>();
let stats = { hits: 0, misses: 0, invalidations: 0 };
/** The Query fields passed through `cacheable`. */
const rootFields = new Set<string>();
/** Other layers (whole responses) emptied together with this one. */
const clearedListeners: (() => void)[] = [];

export function cacheableRootFields(): ReadonlySet<string> {
  return rootFields;
}

export function onResponseCacheCleared(listener: () => void): void {
  clearedListeners.push(listener);
}

function clearAll(): void {
  nested = new WeakMap();
  for (const listener of clearedListeners) listener();
}

export function enableResponseCache(options: ResponseCacheOptions = {}): void {
  answers = new LruCache(
    options.maxEntries ?? DEFAULT_CACHE_OPTIONS.maxEntries,
    options.ttlMs ?? DEFAULT_CACHE_OPTIONS.ttlMs,
  );
  clearAll();
}

export function disableResponseCache(): void {
  answers = null;
  clearAll();
}

export function isResponseCacheEnabled(): boolean {
  return answers !== null;
}

/** Called after every write: no answer read before it is served again. */
export function invalidateResponseCache(): void {
  stats.invalidations++;
  answers?.clear();
  clearAll();
}

export function responseCacheStats(): { hits: number; misses: number; invalidations: number; size: number } {
  return { ...stats, size: answers?.size ?? 0 };
}

export function resetResponseCacheStats(): void {
  stats = { hits: 0, misses: 0, invalidations: 0 };
}

/** Arguments as a key: sorted, with null and absent treated alike (the resolvers do). */
export function argumentKey(args: Record<string, unknown>): string {
  const entries = Object.entries(args)
    .filter(([, value]) => value !== null && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

const isAnonymous = (context: unknown): boolean =>
  (context as { viewer?: { jwt?: unknown } } | undefined)?.viewer?.jwt === undefined;

/** Keeps a promise unless it rejects: a failed read is never served from the cache. */
function remember(store: { delete(key: string): void }, key: string, value: Promise<unknown>): void {
  value.catch(() => store.delete(key));
}

function cachedRoot(field: string, resolve: Resolver): Resolver {
  rootFields.add(field);
  return (parent, args, context, info) => {
    if (!answers || !isAnonymous(context)) return resolve(parent, args, context, info);
    const key = `${field}:${argumentKey(args)}`;
    const cached = answers.get(key);
    if (cached) {
      stats.hits++;
      return cached;
    }
    stats.misses++;
    const answer = Promise.resolve(resolve(parent, args, context, info));
    answers.set(key, answer);
    remember(answers, key, answer);
    return answer;
  };
}

function cachedNested(field: string, resolve: Resolver): Resolver {
  return (parent, args, context, info) => {
    if (!answers || !isAnonymous(context) || typeof parent !== "object" || parent === null) {
      return resolve(parent, args, context, info);
    }
    let memo = nested.get(parent);
    if (!memo) nested.set(parent, (memo = new Map()));
    const key = `${field}:${argumentKey(args)}`;
    const cached = memo.get(key);
    if (cached) return cached;
    const value = Promise.resolve(resolve(parent, args, context, info));
    memo.set(key, value);
    remember(memo, key, value);
    return value;
  };
}

/**
 * Wraps the resolvers of read-only first-class queries: Query fields by arguments, fields of
 * other types on their parent object. Mutation resolvers must not be passed here.
 */
export function cacheable<Resolvers extends ResolverMap>(resolvers: Resolvers): Resolvers {
  const wrapped: ResolverMap = {};
  for (const [type, fields] of Object.entries(resolvers)) {
    if (type === "Mutation") throw new Error("mutations cannot be cached");
    wrapped[type] = Object.fromEntries(
      Object.entries(fields).map(([field, resolve]) => [
        field,
        typeof resolve !== "function"
          ? resolve
          : type === "Query"
            ? cachedRoot(field, resolve as Resolver)
            : cachedNested(field, resolve as Resolver),
      ]),
    );
  }
  return wrapped as Resolvers;
}
