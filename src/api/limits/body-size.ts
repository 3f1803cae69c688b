/**
 * Request bodies: the small limit for everyone until a token has been verified; only a verified
 * editor gets the large one (news imports). Compressed bodies count as inflated. Every failure
 * of the body parser answers JSON with a stable code: no HTML, no stack, no file path.
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from "express";
import { ErrorCode } from "../errors.js";

export function jsonBody(
  limits: { maxBody: string; maxEditorBody: string },
  isEditor: (response: Response) => boolean,
): RequestHandler {
  const anonymous = express.json({ limit: `${limits.maxBody}b` });
  const editor = express.json({ limit: `${limits.maxEditorBody}b` });
  const smallLimit = bytesOf(limits.maxBody);
  return (request, response, next) => {
    if (isEditor(response)) return editor(request, response, next);
    if (!isPlainJson(request.headers, smallLimit)) return anonymous(request, response, next);
    readPlainJson(request).then((body) => {
      (request as { body?: unknown }).body = body;
      next();
    }, next);
  };
}

const UNITS: Record<string, number> = { "": 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 };

/** "100k" as bytes, as body-parser reads the same limit ("100kb"). */
export function bytesOf(size: string): number {
  const match = /^(\d+)([kmg]?)$/i.exec(size);
  return match ? Number(match[1]) * UNITS[match[2]!.toLowerCase()]! : 0;
}

/**
 * The common case, read without body-parser's stream machinery: UTF-8 JSON, not compressed, its
 * length announced and within the limit (Node's HTTP parser delivers exactly that many bytes).
 * Everything else (compressed, chunked, other charsets, too large) goes through body-parser.
 */
export function isPlainJson(headers: IncomingHttpHeaders, limit: number): boolean {
  const type = headers["content-type"];
  const length = Number(headers["content-length"]);
  return (
    (type === "application/json" || type === "application/json; charset=utf-8") &&
    headers["content-encoding"] === undefined &&
    headers["transfer-encoding"] === undefined &&
    Number.isInteger(length) &&
    length <= limit
  );
}

const syntaxError = (message: string): Error =>
  Object.assign(new SyntaxError(message), { type: "entity.parse.failed", status: 400 });

/**
 * Reads and parses a plain JSON body as body-parser's strict mode does (an object or array; an
 * empty body is `{}`). Fails with body-parser's error types, so the answer is the same.
 */
export function readPlainJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let failed = false;
    const fail = (error: Error): void => {
      if (failed) return;
      failed = true;
      reject(
        Object.assign(error, { status: 400, type: (error as { type?: string }).type ?? "request.aborted" }),
      );
    };
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("error", fail);
    request.on("aborted", () => fail(new Error("request aborted")));
    request.on("end", () => {
      if (failed) return;
      const text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString("utf8");
      if (text.length === 0) return resolve({});
      const first = text.trimStart()[0];
      if (first !== "{" && first !== "[") return fail(syntaxError("The body is not a JSON object."));
      try {
        resolve(JSON.parse(text) as unknown);
      } catch (error) {
        fail(syntaxError((error as Error).message));
      }
    });
  });
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

/** Answers an error outside GraphQL with a GraphQL-shaped JSON error: a code, no stack, no path. */
export function sendHttpError(
  response: ServerResponse,
  error: unknown,
  log: (message: string, error?: unknown) => void,
): void {
  const { status, code, message } = describe(error as HttpError);
  if (status >= 500) log("unexpected HTTP error", error);
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
  });
  response.end(body);
}

/** The last error handler of the app: a GraphQL-shaped JSON error instead of Express's HTML page. */
export function httpErrors(log: (message: string, error?: unknown) => void): ErrorRequestHandler {
  return (error: HttpError, _request, response, next) => {
    if (response.headersSent) return next(error);
    sendHttpError(response, error, log);
  };
}
