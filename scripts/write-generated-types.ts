/** `npm run codegen`: writes the types graphql-codegen generates from the SDL (scripts/lib/codegen.ts). */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { GENERATED_TYPES } from "./lib/codegen.js";

for (const { path: file, generate } of GENERATED_TYPES) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, await generate());
  console.log(`Wrote ${file}`);
}
