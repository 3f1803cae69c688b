import type { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { translateDriverError } from "../../../src/api/errors.js";

const driverError = (message: string, code: string): Neo4jError =>
  Object.assign(new Error(message), { name: "Neo4jError", code }) as unknown as Neo4jError;

describe("driver errors under load and faults", () => {
  it("reports an exhausted connection pool as DATABASE_BUSY, not as an internal error", () => {
    const error = translateDriverError(
      driverError("Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 100", "N/A"),
    );
    expect(error.extensions.code).toBe("DATABASE_BUSY");
  });

  it("reports an unreachable Neo4j as DATABASE_UNAVAILABLE and a timed-out query as QUERY_TIMEOUT", () => {
    expect(translateDriverError(driverError("Could not connect", "ServiceUnavailable")).extensions.code).toBe(
      "DATABASE_UNAVAILABLE",
    );
    expect(
      translateDriverError(
        driverError("terminated", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"),
      ).extensions.code,
    ).toBe("QUERY_TIMEOUT");
  });

  it("reports a transaction the API ended past its timeout as QUERY_TIMEOUT", () => {
    const terminated = driverError(
      "The transaction has been terminated.",
      "Neo.TransientError.Transaction.Terminated",
    );
    expect(translateDriverError(terminated).extensions.code).toBe("QUERY_TIMEOUT");
  });
});
