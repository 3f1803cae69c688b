/**
 * Every way the news import can refuse its input. Callers (CLI, API, tests) match on `code`,
 * never on the message text.
 */
export const INGEST_ERROR_CODES = [
  "EMPTY_INPUT",
  "BINARY_INPUT",
  "INPUT_TOO_LARGE",
  "INVALID_ENCODING",
  "MALFORMED_HTML",
  "MALFORMED_JSONL",
  "INVALID_DATE",
] as const;
export type IngestErrorCode = (typeof INGEST_ERROR_CODES)[number];

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
