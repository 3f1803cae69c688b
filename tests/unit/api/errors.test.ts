import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { createErrorFormatter, ErrorCode, GovGraphError } from "../../../src/api/errors.js";

const logged: unknown[] = [];
const format = createErrorFormatter((_message, error) => logged.push(error));
const formatted = (error: GraphQLError) =>
  format({ message: error.message, extensions: error.extensions }, error);
const fromResolver = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ["chairs"] });

describe("error formatting", () => {
  it("masks unexpected errors and logs them", () => {
    const result = formatted(fromResolver(new Error("secret internals: MATCH (n) ...")));
    expect(result).toMatchObject({
      message: "Internal server error",
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
    expect(JSON.stringify(result)).not.toContain("secret internals");
    expect(logged.length).toBeGreaterThan(0);
  });

  it("turns an unreachable database into DATABASE_UNAVAILABLE without the driver's message", () => {
    const result = formatted(
      fromResolver(new Neo4jError("connect ECONNREFUSED 127.0.0.1:7687", "ServiceUnavailable", "", "")),
    );
    expect(result.extensions?.code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
    expect(result.message).not.toContain("ECONNREFUSED");
  });

  it("turns a transaction timeout into QUERY_TIMEOUT", () => {
    const timeout = new Neo4jError(
      "The transaction has been terminated",
      "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
      "",
      "",
    );
    expect(formatted(fromResolver(timeout)).extensions?.code).toBe(ErrorCode.QUERY_TIMEOUT);
  });

  it("keeps the code and message of GovGraph's own errors", () => {
    const result = formatted(
      fromResolver(new GovGraphError(ErrorCode.BAD_USER_INPUT, "entity must not be empty.")),
    );
    expect(result).toMatchObject({
      message: "entity must not be empty.",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("passes validation errors through without stack traces", () => {
    const validation = new GraphQLError("Cannot query field", {
      extensions: { code: "GRAPHQL_VALIDATION_FAILED", stacktrace: ["at x"] },
    });
    const result = formatted(validation);
    expect(result.extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED" });
  });
});
