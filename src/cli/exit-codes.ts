/**
 * The exit status of every `govgraph` command, in one table (docs/errors.md is rendered from it),
 * and the one place that turns an error a command did not handle into its status.
 */
import { CommanderError } from "commander";
import { RestoreError } from "../backup/index.js";
import { ConfigError } from "../config/env.js";
import { PortInUseError } from "../db/index.js";
import { GeneratedSetConflictError } from "../generate/index.js";
import { IngestError } from "../ingest/index.js";
import { NlpError } from "../nlp/index.js";

export const EXIT_CODES = {
  OK: { status: 0, meaning: "The command did what it was asked." },
  FAILED: { status: 1, meaning: "Something unexpected went wrong; the error is printed." },
  USAGE: {
    status: 2,
    meaning: "The arguments, options or configuration (environment) are invalid; nothing was done.",
  },
  INPUT_REFUSED: {
    status: 3,
    meaning:
      "The input was refused (a news file with an error code, an export folder that fails its checks); nothing was written.",
  },
  CONFLICT: {
    status: 4,
    meaning:
      "The database holds something the command would overwrite (another generated set, an existing store without --replace).",
  },
  UNAVAILABLE: {
    status: 5,
    meaning: "A service the command needs (Neo4j, the language model) did not answer.",
  },
} as const satisfies Record<string, { status: number; meaning: string }>;

export type ExitCode = keyof typeof EXIT_CODES;

/** Ends the command with this status once its cleanup has run. */
export function exitWith(code: ExitCode): void {
  process.exitCode = EXIT_CODES[code].status;
}

const UNREACHABLE_DATABASE = new Set(["ServiceUnavailable", "SessionExpired"]);

/** The status an error ends a command with. */
export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof CommanderError) return error.exitCode === 0 ? "OK" : "USAGE";
  if (error instanceof ConfigError) return "USAGE";
  if (error instanceof IngestError || error instanceof RestoreError) return "INPUT_REFUSED";
  if (error instanceof GeneratedSetConflictError) return "CONFLICT";
  if (error instanceof NlpError || error instanceof PortInUseError) return "UNAVAILABLE";
  // The driver's errors by name: neo4j-driver may be loaded twice (ESM and CJS builds).
  if (
    error instanceof Error &&
    error.name === "Neo4jError" &&
    UNREACHABLE_DATABASE.has(String((error as { code?: unknown }).code))
  )
    return "UNAVAILABLE";
  return "FAILED";
}
