/** `npm run codegen`: writes the explorer's generated query types (scripts/lib/explorer-types.ts). */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EXPLORER_TYPES_PATH, generateExplorerTypes } from "./lib/explorer-types.js";

mkdirSync(path.dirname(EXPLORER_TYPES_PATH), { recursive: true });
writeFileSync(EXPLORER_TYPES_PATH, await generateExplorerTypes());
console.log(`Wrote ${EXPLORER_TYPES_PATH}`);
