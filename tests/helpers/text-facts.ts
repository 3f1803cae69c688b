/**
 * What the rule tests on invented plain-text articles read: the facts of one type of an article
 * published on 1 March 2025, and the same as sorted "subject -> object or text" pairs.
 */
import { beforeAll, expect } from "vitest";
import { extractArticles } from "../../src/ingest/extract.js";
import { REVIEW_THRESHOLD } from "../../src/ingest/facts/build.js";
import type { ReferenceData } from "../../src/ingest/types.js";
import type { Fact } from "../../src/model/fact.js";
import type { NlpClient } from "../../src/nlp/client.js";
import { loadReferenceData } from "../../src/seed/reference-data.js";
import { recordedNlp } from "./recorded-nlp.js";

export function textFacts(reference: () => ReferenceData, nlp: NlpClient) {
  async function factsOf(type: Fact["type"], text: string): Promise<Fact[]> {
    const [article] = await extractArticles(text, {
      reference: reference(),
      nlp,
      format: "text",
      publishedAt: "2025-03-01",
    });
    return article!.facts.filter((f) => f.type === type);
  }
  async function pairs(type: Fact["type"], text: string): Promise<string[]> {
    return (await factsOf(type, text))
      .map((f) => `${f.subject.name} -> ${f.object?.name ?? f.text ?? ""}`)
      .sort();
  }
  /** The pairs of a type, having checked that every one of its facts waits for review. */
  async function reviewPairs(type: Fact["type"], text: string): Promise<string[]> {
    const facts = await factsOf(type, text);
    expect(facts.every((f) => f.confidence < REVIEW_THRESHOLD)).toBe(true);
    return pairs(type, text);
  }
  return { factsOf, pairs, reviewPairs };
}

/** `textFacts` over the reference data and the parses recorded in tests/fixtures/parses/`fixture`.json. */
export function recordedTextFacts(fixture: string) {
  let reference: ReferenceData;
  beforeAll(() => {
    reference = loadReferenceData();
  }, 60_000);
  return textFacts(() => reference, recordedNlp(fixture));
}
