import { codesOf, type ErrorCodeOf } from "../errors/codes.js";

/**
 * Every way the news import can refuse its input. Callers (CLI, API, tests) match on `code`,
 * never on the message text.
 */
export const INGEST_ERROR_CODES = codesOf("ingest");
export type IngestErrorCode = ErrorCodeOf<"ingest">;

export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
    /** Where in the input the problem is (line number, item title), when known. */
    readonly detail?: { line?: number; item?: string },
  ) {
    super(message);
    this.name = "IngestError";
  }
}

export function isIngestError(error: unknown): error is IngestError {
  return error instanceof IngestError;
}
