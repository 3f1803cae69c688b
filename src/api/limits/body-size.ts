/**
 * Request bodies: the small limit for everyone until a token has been verified; only a verified
 * editor gets the large one (news imports). Compressed bodies count as inflated. Every failure
 * of the body parser answers JSON with a stable code: no HTML, no stack, no file path.
 */
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from "express";
import { ErrorCode } from "../errors.js";

export function jsonBody(
  limits: { maxBody: string; maxEditorBody: string },
  isEditor: (response: Response) => boolean,
): RequestHandler {
  const anonymous = express.json({ limit: `${limits.maxBody}b` });
  const editor = express.json({ limit: `${limits.maxEditorBody}b` });
  return (request, response, next) => (isEditor(response) ? editor : anonymous)(request, response, next);
}

interface HttpError {
  type?: string;
  status?: number;
  statusCode?: number;
}

/** The status and code of a body-parser (or other HTTP) error; anything unknown is a 500. */
function describe(error: HttpError): { status: number; code: ErrorCode; message: string } {
  const status = error.status ?? error.statusCode ?? 500;
  if (error.type === "entity.too.large") {
    return { status: 413, code: ErrorCode.REQUEST_TOO_LARGE, message: "The request body is too large." };
  }
  if (error.type === "charset.unsupported" || error.type === "encoding.unsupported") {
    return {
      status: 415,
      code: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
      message: "Send the body as UTF-8 JSON, uncompressed or with gzip, deflate or br.",
    };
  }
  if (error.type === "entity.parse.failed") {
    return { status: 400, code: ErrorCode.BAD_REQUEST, message: "The request body is not valid JSON." };
  }
  if (status >= 400 && status < 500) {
    return { status, code: ErrorCode.BAD_REQUEST, message: "The request could not be read." };
  }
  return { status: 500, code: ErrorCode.INTERNAL_SERVER_ERROR, message: "Internal server error" };
}

/** The last error handler of the app: a GraphQL-shaped JSON error instead of Express's HTML page. */
export function httpErrors(log: (message: string, error?: unknown) => void): ErrorRequestHandler {
  return (error: HttpError, _request, response, next) => {
    if (response.headersSent) return next(error);
    const { status, code, message } = describe(error);
    if (status >= 500) log("unexpected HTTP error", error);
    response.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
