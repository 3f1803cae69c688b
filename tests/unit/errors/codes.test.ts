import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createErrorFormatter, GovGraphError } from "../../../src/api/errors.js";
import { EXIT_CODES } from "../../../src/cli/exit-codes.js";
import { projectRoot } from "../../../src/config/env.js";
import { codesOf, ERROR_CODES, ErrorCode, isErrorCode } from "../../../src/errors/codes.js";
import { INGEST_ERROR_CODES } from "../../../src/ingest/errors.js";
import { NLP_ERROR_CODES } from "../../../src/nlp/client.js";
import { ERROR_DOCS_PATH, renderErrorDocs } from "../../../scripts/lib/error-docs.js";

describe("the error-code table", () => {
  it("names each code after itself", () => {
    for (const code of Object.keys(ERROR_CODES)) expect(ErrorCode[code as ErrorCode]).toBe(code);
  });

  it("is where the importer's and the language model's codes come from", () => {
    expect(INGEST_ERROR_CODES).toContain("MALFORMED_JSONL");
    expect(NLP_ERROR_CODES).toEqual(["NLP_UNAVAILABLE", "NLP_TIMEOUT", "NLP_FAILED"]);
    for (const code of [...INGEST_ERROR_CODES, ...NLP_ERROR_CODES]) expect(isErrorCode(code)).toBe(true);
    expect(isErrorCode("SOMETHING_ELSE")).toBe(false);
  });

  it("passes the codes GraphQL sets itself to clients, and masks any other", () => {
    const format = createErrorFormatter(() => undefined);
    for (const code of codesOf("graphql"))
      expect(format({ message: "m", extensions: { code } }, new Error("m")).extensions?.code).toBe(code);
    expect(
      format({ message: "m", extensions: { code: "SOMETHING_ELSE" } }, new Error("m")).extensions?.code,
    ).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
  });

  it("types GovGraphError to take only a code of the table", () => {
    // @ts-expect-error: not a code of the table (npm run typecheck fails when this compiles)
    const error = new GovGraphError("NOT_A_CODE", "message");
    expect(error.extensions.code).toBe("NOT_A_CODE");
  });
});

describe("docs/errors.md", () => {
  it("is the rendering of the error-code and exit-code tables (npm run docs:errors writes it)", async () => {
    expect(readFileSync(ERROR_DOCS_PATH, "utf8")).toBe(await renderErrorDocs());
  });

  it("lists every error code and every exit status", () => {
    const docs = readFileSync(ERROR_DOCS_PATH, "utf8");
    for (const code of Object.keys(ERROR_CODES)) expect(docs).toContain(`| \`${code}\``);
    for (const [name, { status }] of Object.entries(EXIT_CODES))
      expect(docs).toMatch(new RegExp(`\\| ${status}\\s+\\| \`${name}\``));
  });

  it("is where the README sends readers for codes", () => {
    expect(readFileSync(path.join(projectRoot, "README.md"), "utf8")).toContain("(docs/errors.md)");
  });
});
