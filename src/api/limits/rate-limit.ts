/** A fixed-window request limit per client IP; over it, a 429 with a GraphQL-shaped RATE_LIMITED error. */
import { rateLimit } from "express-rate-limit";
import type { RequestHandler } from "express";
import { ErrorCode } from "../errors.js";

export function rateLimitPerClient(perMinute: number): RequestHandler {
  if (perMinute === 0) return (_request, _response, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_request, response, _next, options) => {
      response.status(options.statusCode).json({
        errors: [
          {
            message: `Too many requests: at most ${perMinute} per minute; retry after the time in the RateLimit header.`,
            extensions: { code: ErrorCode.RATE_LIMITED },
          },
        ],
      });
    },
  });
}
