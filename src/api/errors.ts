/**
 * The API's error, typed to the stable codes of src/errors/codes.ts, and the one place where unexpected errors
 * (driver, Cypher, bugs) are translated or masked before they reach a client.
 */
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { codesOf, ErrorCode } from "../errors/codes.js";

export { ErrorCode };

export class GovGraphError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extra, code } });
    this.name = "GovGraphError";
  }
}

const UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired"]);

/** Codes Apollo, graphql-js and @neo4j/graphql set themselves, which are safe to show as they are. */
const CLIENT_CODES = new Set<string>(codesOf("graphql"));

/** The error a resolver threw, beneath the GraphQLError(s) wrapping it. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && "originalError" in current && current.originalError instanceof Error) {
    current = current.originalError;
  }
  return current;
}

/**
 * The driver's errors, recognised by name as well as by class: bundlers and test runners may load
 * neo4j-driver twice (ESM and CJS builds), and then `instanceof` alone misses them.
 */
export function isNeo4jError(error: unknown): error is Neo4jError {
  return (
    error instanceof Neo4jError ||
    (error instanceof Error &&
      error.name === "Neo4jError" &&
      typeof (error as { code?: unknown }).code === "string")
  );
}

export function translateDriverError(error: Neo4jError): GovGraphError {
  // The driver's own pool: every connection stayed busy for connectionAcquisitionTimeout.
  if (error.message.startsWith("Connection acquisition timed out")) {
    return new GovGraphError(ErrorCode.DATABASE_BUSY, "The graph database is busy; try again shortly.");
  }
  if (
    UNAVAILABLE.has(error.code) ||
    error.code.startsWith("Neo.TransientError.General.DatabaseUnavailable")
  ) {
    return new GovGraphError(
      ErrorCode.DATABASE_UNAVAILABLE,
      "The graph database is not reachable; try again shortly.",
    );
  }
  if (
    error.code.includes("TransactionTimedOut") ||
    error.code.includes("Transaction.TransactionTimedOutClientConfiguration") ||
    // Ended by the API's transaction reaper, which only ends its own transactions past the timeout.
    error.code.endsWith("Transaction.Terminated")
  ) {
    return new GovGraphError(ErrorCode.QUERY_TIMEOUT, "The query took too long and was stopped.");
  }
  return new GovGraphError(ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error");
}

export function createErrorFormatter(log: (message: string, error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = rootCause(error);
    if (original instanceof GovGraphError) {
      // `http` sets the status of the response (Apollo reads it before formatting); never shown.
      const { http: _http, ...extensions } = original.extensions;
      return { ...formatted, message: original.message, extensions };
    }
    if (isNeo4jError(original)) {
      const translated = translateDriverError(original);
      if (translated.extensions.code === ErrorCode.INTERNAL_SERVER_ERROR) log("database error", original);
      return {
        message: translated.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: translated.extensions,
      };
    }
    const code = formatted.extensions?.code;
    // graphql-js's own token limit (parseOptions.maxTokens) reports a parse error.
    if (code === "GRAPHQL_PARSE_FAILED" && /more tha[nt] \d+ tokens/.test(formatted.message)) {
      return { message: formatted.message, extensions: { code: ErrorCode.QUERY_TOO_LARGE } };
    }
    if (typeof code === "string" && CLIENT_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log("unexpected error", original);
    return {
      message: "Internal server error",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
