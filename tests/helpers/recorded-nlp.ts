/**
 * Unit tests parse with recorded CoreNLP answers (tests/fixtures/parses/*.json: text -> parse),
 * so the rules are tested as pure functions of a parse. A text without a recording is parsed
 * by the server at GOVGRAPH_NLP_URL and, with GOVGRAPH_RECORD_PARSES=1, added to the file.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/config/env.js";
import { nlpClientFromEnvironment, type NlpClient } from "../../src/nlp/client.js";
import type { NlpDocument } from "../../src/nlp/types.js";

const DIR = path.join(projectRoot, "tests", "fixtures", "parses");

export function recordedNlp(name: string): NlpClient {
  const file = path.join(DIR, `${name}.json`);
  const recorded: Record<string, NlpDocument> = existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, NlpDocument>)
    : {};
  return {
    async annotate(text: string): Promise<NlpDocument> {
      const known = recorded[text];
      if (known) return known;
      const parsed = await nlpClientFromEnvironment().annotate(text);
      if (process.env.GOVGRAPH_RECORD_PARSES === "1") {
        recorded[text] = parsed;
        writeFileSync(file, `${JSON.stringify(recorded)}\n`);
      }
      return parsed;
    },
  };
}

/** A model that finds nothing: for inputs that must be refused whatever the parse. */
export const emptyNlp: NlpClient = { annotate: () => Promise.resolve({ sentences: [] }) };
