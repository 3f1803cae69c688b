/**
 * The request a GraphQL API serves most, without express: an anonymous POST to `/graphql` whose
 * body is plain UTF-8 JSON within the small limit. It passes the same steps as on the express
 * route, in the same order (security headers, the rate limit, the body limit, Apollo with an
 * anonymous context) and fails with the same answers; express's router, its request and
 * response extensions and the middleware chain are what it skips (docs/performance.md). Any
 * other request (another method or path, a token, a compressed, chunked or large body) is left
 * untouched for express.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApolloServer, BaseContext } from "@apollo/server";
import { clientAddress } from "./client-address.js";
import { answerGraphql } from "./graphql-handler.js";
import { bytesOf, isPlainJson, readPlainJson, sendHttpError } from "./limits/body-size.js";
import type { RateLimiter } from "./limits/rate-limit.js";
import type { HeaderSetter } from "./security-headers.js";

export interface PlainPostOptions<Context extends BaseContext> {
  apollo: ApolloServer<Context>;
  /** The anonymous body limit (`GOVGRAPH_MAX_BODY`). */
  maxBody: string;
  /** Proxies in front of the API (`GOVGRAPH_TRUST_PROXY`), for the client's address. */
  trustedHops: number;
  securityHeaders: HeaderSetter;
  rateLimiter: RateLimiter;
  /** The context of an anonymous request. */
  context: () => Promise<Context>;
  log: (message: string, error?: unknown) => void;
}

/** True when the request is one this path serves. */
const isPlainGraphqlPost = (request: IncomingMessage, limit: number): boolean =>
  request.method === "POST" &&
  (request.url === "/graphql" || request.url?.startsWith("/graphql?") === true) &&
  request.headers.authorization === undefined &&
  isPlainJson(request.headers, limit);

/** A request listener that serves a plain GraphQL POST and returns true, or returns false at once. */
export function plainGraphqlPosts<Context extends BaseContext>(
  options: PlainPostOptions<Context>,
): (request: IncomingMessage, response: ServerResponse) => boolean {
  const limit = bytesOf(options.maxBody);
  const fail = (response: ServerResponse, error: unknown): void => {
    if (response.headersSent) {
      options.log("GraphQL answer failed while it was written", error);
      response.destroy();
      return;
    }
    sendHttpError(response, error, options.log);
  };
  const serve = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const address = clientAddress(request, options.trustedHops);
    if (!(await options.rateLimiter.admit(address, response))) return;
    const body = await readPlainJson(request);
    await answerGraphql(options.apollo, request, body, response, options.context);
  };
  return (request, response) => {
    if (!isPlainGraphqlPost(request, limit)) return false;
    options.securityHeaders(request, response, (error) => {
      if (error) return fail(response, error);
      serve(request, response).catch((error: unknown) => fail(response, error));
    });
    return true;
  };
}
