/**
 * What the rule tests on invented plain-text articles read: the facts of one type of an article
 * published on 1 March 2025, and the same as sorted "subject -> object or text" pairs.
 */
import { extractArticles } from "../../src/ingest/extract.js";
import type { ReferenceData } from "../../src/ingest/types.js";
import type { Fact } from "../../src/model/fact.js";
import type { NlpClient } from "../../src/nlp/client.js";

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
  return { factsOf, pairs };
}
