/**
 * Apollo without the detours of the generic integration: the request's headers go to Apollo as
 * they are, the query string is cut from the URL without a URL parser, and the answer is written
 * with `writeHead`/`end` (no ETag hash over every body, no second parse of the content type).
 * Used by the express route and by the plain POSTs served without express.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import type { Request, RequestHandler, Response } from "express";

function headersOf(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

const searchOf = (url: string): string => {
  const start = url.indexOf("?");
  return start === -1 ? "" : url.slice(start);
};

/** Runs the request's operation through Apollo and writes the answer. */
export async function answerGraphql<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  request: IncomingMessage,
  body: unknown,
  response: ServerResponse,
  context: () => Promise<Context>,
): Promise<void> {
  const answer = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: request.method!.toUpperCase(),
      headers: headersOf(request),
      search: searchOf(request.url ?? ""),
      body,
    },
    context,
  });
  for (const [name, value] of answer.headers) response.setHeader(name, value);
  response.statusCode = answer.status ?? 200;
  if (answer.body.kind === "complete") {
    response.setHeader("content-length", Buffer.byteLength(answer.body.string));
    response.end(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) response.write(chunk);
  response.end();
}

export function graphqlHandler<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  context: (request: Request, response: Response) => Promise<Context>,
): RequestHandler {
  return (request, response, next) => {
    const body = (request as { body?: unknown }).body;
    answerGraphql(apollo, request, body, response, () => context(request, response)).catch(next);
  };
}
