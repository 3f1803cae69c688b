/**
 * Apollo behind express, without the detours of the generic integration: the request's headers
 * go to Apollo as they are, the query string is cut from the URL without a URL parser, and the
 * answer is written with `writeHead`/`end` instead of express's `res.send` (which hashes every
 * body for an ETag no GraphQL client uses and parses the content type again).
 */
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import type { Request, RequestHandler, Response } from "express";

function headersOf(request: Request): HeaderMap {
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

export function graphqlHandler<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  context: (request: Request, response: Response) => Promise<Context>,
): RequestHandler {
  return async (request, response, next) => {
    try {
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: request.method.toUpperCase(),
          headers: headersOf(request),
          search: searchOf(request.url),
          body: (request as { body?: unknown }).body,
        },
        context: () => context(request, response),
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
    } catch (error) {
      next(error);
    }
  };
}
