import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/env.js";

const eslint = new ESLint({ cwd: projectRoot });

/** The boundary messages eslint reports for `source` as if it were the file at `filePath`. */
async function boundaryErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

describe("the layer boundaries", () => {
  it("keep the extraction pure: no seed, register loader, graph or database driver", async () => {
    const file = "src/ingest/entities/example.ts";
    expect(
      await boundaryErrors(file, 'export { loadReferenceData } from "../../seed/index.js";\n'),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(file, 'export { readRegister } from "../../reference/index.js";\n'),
    ).toHaveLength(1);
    expect(await boundaryErrors(file, 'export { writeArticle } from "../../graph/index.js";\n')).toHaveLength(
      1,
    );
    expect(await boundaryErrors(file, 'export { default } from "neo4j-driver";\n')).toHaveLength(1);
    expect(await boundaryErrors(file, 'export type { NlpDocument } from "../../nlp/types.js";\n')).toEqual(
      [],
    );
    expect(await boundaryErrors(file, 'export { FACT_TYPES } from "../../model/vocabulary.js";\n')).toEqual(
      [],
    );
  });

  it("let the API reach the extraction only through the importer", async () => {
    const file = "src/api/queries/example.ts";
    expect(await boundaryErrors(file, 'export { IngestError } from "../../ingest/index.js";\n')).toEqual([
      expect.stringMatching(/only through src\/importer/),
    ]);
    expect(await boundaryErrors(file, 'export { IngestError } from "../../importer/index.js";\n')).toEqual(
      [],
    );
  });

  it("let other layers in only through a layer's index", async () => {
    const file = "src/cli/commands/example.ts";
    expect(
      await boundaryErrors(file, 'export { importNews } from "../../importer/import-news.js";\n'),
    ).toEqual([expect.stringMatching(/through its index\.js/)]);
    expect(await boundaryErrors(file, 'export { importNews } from "../../importer/index.js";\n')).toEqual([]);
  });

  it("keep scripts away from tests and src away from scripts", async () => {
    expect(
      await boundaryErrors(
        "scripts/example.ts",
        'export { launchChromium } from "../tests/e2e/harness.js";\n',
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        "src/seed/example.ts",
        'export { renderErrorDocs } from "../../scripts/lib/error-docs.js";\n',
      ),
    ).toHaveLength(1);
  });
});
