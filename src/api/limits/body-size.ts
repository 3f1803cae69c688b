/**
 * Request bodies: small for anonymous requests (reads), large only for requests that carry a
 * token (news imports). Too large or malformed bodies get a GraphQL-shaped error with a code.
 */
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import { ErrorCode } from "../errors.js";

export function jsonBody(limits: { maxBody: string; maxEditorBody: string }): RequestHandler {
  const anonymous = express.json({ limit: `${limits.maxBody}b` });
  const withToken = express.json({ limit: `${limits.maxEditorBody}b` });
  return (request, response, next) =>
    (request.headers.authorization ? withToken : anonymous)(request, response, next);
}

export const bodyErrors: ErrorRequestHandler = (
  error: { type?: string; status?: number },
  _request,
  response,
  next,
) => {
  if (error.type === "entity.too.large") {
    response.status(413).json({
      errors: [
        { message: "The request body is too large.", extensions: { code: ErrorCode.REQUEST_TOO_LARGE } },
      ],
    });
  } else if (error.type === "entity.parse.failed" || error.type === "encoding.unsupported") {
    response.status(400).json({
      errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }],
    });
  } else next(error);
};
