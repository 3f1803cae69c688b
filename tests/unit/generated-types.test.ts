import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED_TYPES } from "../../scripts/lib/codegen.js";
import { projectRoot } from "../../src/config/env.js";

describe("the types generated from the SDL", () => {
  for (const { path: file, generate } of GENERATED_TYPES) {
    it(
      `${path.relative(projectRoot, file)} is what graphql-codegen makes of the schema today (npm run codegen)`,
      { timeout: 120_000 },
      async () => {
        expect(readFileSync(file, "utf8")).toBe(await generate());
      },
    );
  }
});
