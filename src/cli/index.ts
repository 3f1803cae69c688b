/** The `govgraph` command: its program and its exit-code table. */
export { EXIT_CODES, type ExitCode } from "./exit-codes.js";
export { buildProgram, main } from "./main.js";
