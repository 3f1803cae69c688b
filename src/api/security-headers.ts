/**
 * Security headers on every answer (helmet): no framing by other sites, no MIME sniffing, no
 * referrer to other origins, and a Content-Security-Policy the explorer and GraphiQL work under:
 * scripts, workers and connections only from the API's own origin; inline styles are allowed
 * because the graph renderer and the GraphiQL editor set styles at run time.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import helmet from "helmet";

/** Sets the headers on a response; plain Node, so express and the plain GraphQL POSTs share it. */
export type HeaderSetter = (
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
) => void;

export function securityHeaders(): HeaderSetter {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        workerSrc: ["'self'", "blob:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: "no-referrer" },
  });
}
