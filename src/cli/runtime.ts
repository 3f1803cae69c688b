/** What the commands share: configuration, opening the database, and shutting down cleanly. */
import { loadConfig, type Config } from "../config/env.js";
import { type Database, openDatabase } from "../db/index.js";
import { createNlpService, type NlpService } from "../nlp/index.js";

export interface Runtime {
  config: Config;
  openDb: () => Promise<Database>;
  /** The language model; the managed CoreNLP starts on first use and must be closed. */
  nlp: NlpService;
  log: (line: string) => void;
}

export function createRuntime(): Runtime {
  const config = loadConfig();
  const log = (line: string): void => console.error(line);
  return { config, openDb: () => openDatabase(config, log), nlp: createNlpService(config.nlp, log), log };
}

/**
 * Runs `cleanup` once on SIGINT/SIGTERM or when the parent process dies, then exits: no Neo4j
 * child is left behind.
 */
export function onShutdown(cleanup: () => Promise<void>): void {
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: shutting down...`);
    cleanup()
      .catch((error: unknown) => console.error(error))
      .finally(() => process.exit(0));
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  // `npm start` does not pass SIGTERM on to its script: when npm goes, we are re-parented.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop("parent process exited");
  }, 1_000).unref();
}
