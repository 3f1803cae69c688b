/**
 * The outer layer of the response cache: whole responses of anonymous operations that ask only
 * first-class queries, kept by Apollo's response-cache plugin, so a repeated operation is
 * answered without executing it at all (the resolver-level cache in response-cache.ts still
 * runs graphql-js over every row and field). Same switch, same time to live, same emptying on
 * writes as the inner layer; operations of the generated API are never stored.
 */
import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { Kind } from "graphql";
import { cacheableRootFields, isResponseCacheEnabled, onResponseCacheCleared } from "./response-cache.js";

/** Whole answers, up to 64 MB; each entry lives as long as the operation's cache policy says. */
const store = new InMemoryLRUCache<string>({ maxSize: 64 * 2 ** 20 });
onResponseCacheCleared(() => store.clear());

/** True when every root field of the operation is a cached first-class query. */
function asksOnlyCachedQueries(context: GraphQLRequestContext<object>): boolean {
  const operation = context.operation;
  if (!operation || operation.operation !== "query") return false;
  const fields = cacheableRootFields();
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && fields.has(selection.name.value),
  );
}

function applies(context: GraphQLRequestContext<object>): boolean {
  return (
    isResponseCacheEnabled() &&
    !context.request.http?.headers.get("authorization") &&
    asksOnlyCachedQueries(context)
  );
}

export function wholeResponseCachePlugins(ttlMs: number): ApolloServerPlugin<object>[] {
  return [
    // Every field may be kept for the time to live; which operations are kept is decided below.
    // No Cache-Control headers: HTTP caches in front must not keep answers a write has replaced.
    ApolloServerPluginCacheControl({
      defaultMaxAge: Math.max(1, Math.floor(ttlMs / 1000)),
      calculateHttpHeaders: false,
    }),
    responseCachePlugin({
      cache: store,
      shouldReadFromCache: async (context) => applies(context),
      shouldWriteToCache: async (context) => applies(context),
    }),
  ];
}
