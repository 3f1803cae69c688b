/** Formats generated text with the repository's prettier settings, so generated files pass `prettier --check`. */
import { readFileSync } from "node:fs";
import path from "node:path";
import prettier from "prettier";
import { projectRoot } from "../../src/config/env.js";

export async function formatLikeRepository(text: string, parser: "markdown" | "typescript"): Promise<string> {
  const config = JSON.parse(
    readFileSync(path.join(projectRoot, ".prettierrc.json"), "utf8"),
  ) as prettier.Options;
  return prettier.format(text, { ...config, parser });
}
