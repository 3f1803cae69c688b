/**
 * docs/errors.md, rendered from the error-code table (src/errors/codes.ts) and the CLI's
 * exit-code table (src/cli/exit-codes.ts), and formatted like every other file of the repository.
 */
import path from "node:path";
import { EXIT_CODES } from "../../src/cli/index.js";
import { projectRoot } from "../../src/config/env.js";
import { ERROR_CODES, type ErrorSource } from "../../src/errors/codes.js";
import { formatLikeRepository } from "./format.js";

export const ERROR_DOCS_PATH = path.join(projectRoot, "docs", "errors.md");

const SOURCE_NAMES: Record<ErrorSource, string> = {
  graphql: "GraphQL (graphql-js, Apollo, @neo4j/graphql)",
  api: "API resolvers",
  limit: "request limits",
  database: "database",
  ingest: "news import",
  nlp: "language model",
  review: "review queue",
  seed: "seed loader",
};

function renderMarkdown(): string {
  const errorRows = Object.entries(ERROR_CODES).map(
    ([code, { sources, meaning }]) =>
      `| \`${code}\` | ${sources.map((source) => SOURCE_NAMES[source]).join(", ")} | ${meaning} |`,
  );
  const exitRows = Object.entries(EXIT_CODES).map(
    ([name, { status, meaning }]) => `| ${status} | \`${name}\` | ${meaning} |`,
  );
  return [
    "# Error codes and exit codes",
    "",
    "Generated from `src/errors/codes.ts` and `src/cli/exit-codes.ts` by `npm run docs:errors`;",
    "a unit test fails when this file and the tables differ. Match on codes, never on message text.",
    "",
    "## Error codes",
    "",
    "The API sends them as `extensions.code` of each error; the importer (`IngestError`), the",
    "language model client (`NlpError`) and the review queue (`ReviewError`) carry them as `code`.",
    "",
    "| code | reported by | meaning |",
    "| --- | --- | --- |",
    ...errorRows,
    "",
    "## Exit codes of the `govgraph` command",
    "",
    "Every command ends with one of these statuses.",
    "",
    "| status | name | meaning |",
    "| --- | --- | --- |",
    ...exitRows,
    "",
  ].join("\n");
}

export async function renderErrorDocs(): Promise<string> {
  return formatLikeRepository(renderMarkdown(), "markdown");
}
