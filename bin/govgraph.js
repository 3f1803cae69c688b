#!/usr/bin/env node
// The `govgraph` command. `npm ci` compiles the TypeScript sources to dist/ (the `prepare` script).
import { main } from "../dist/cli/main.js";

await main(process.argv);
