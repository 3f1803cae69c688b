import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXPLORER_TYPES_PATH, generateExplorerTypes } from "../../scripts/lib/explorer-types.js";

describe("the explorer's query types", () => {
  it(
    "are what graphql-codegen generates from the API's schema and the explorer's operations (npm run codegen)",
    { timeout: 120_000 },
    async () => {
      expect(readFileSync(EXPLORER_TYPES_PATH, "utf8")).toBe(await generateExplorerTypes());
    },
  );
});
