/** The `govgraph` command line. Each command lives in src/cli/commands/. */
import { Command, CommanderError } from "commander";
import { EXIT_CODES, exitCodeOf } from "./exit-codes.js";
import * as extract from "./commands/extract.js";
import * as generate from "./commands/generate.js";
import * as importNews from "./commands/import.js";
import * as loadMunicipalities from "./commands/load-municipalities.js";
import * as neo4j from "./commands/neo4j.js";
import * as nlp from "./commands/nlp.js";
import * as exportGraph from "./commands/export.js";
import * as restore from "./commands/restore.js";
import * as seed from "./commands/seed.js";
import * as serve from "./commands/serve.js";
import * as stats from "./commands/stats.js";
import * as token from "./commands/token.js";
import { createRuntime, type Runtime } from "./runtime.js";

export function buildProgram(): Command {
  let runtime: Runtime | undefined;
  // Configuration is read when a command runs, so `--help` works without any environment.
  const getRuntime = (): Runtime => (runtime ??= createRuntime());
  const program = new Command("govgraph")
    .description("GovGraph: a knowledge graph of German digital government")
    .showHelpAfterError()
    // Usage errors reach main(), which maps them to the exit-code table.
    .exitOverride();
  for (const command of [
    serve,
    seed,
    extract,
    importNews,
    neo4j,
    nlp,
    token,
    loadMunicipalities,
    generate,
    exportGraph,
    restore,
    stats,
  ])
    command.register(program, getRuntime);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    const code = exitCodeOf(error);
    // Commander has printed its own message already; expected failures need no stack trace.
    if (!(error instanceof CommanderError))
      console.error(error instanceof Error && code !== "FAILED" ? error.message : error);
    process.exit(EXIT_CODES[code].status);
  }
}
