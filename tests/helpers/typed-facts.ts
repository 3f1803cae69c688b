/**
 * The facts of one type that the extraction finds in a short article of invented sentences,
 * as sorted lines "subject -> object or text" (for the tests of single fact rules).
 */
import { extractArticles } from "../../src/ingest/extract.js";
import type { ReferenceData } from "../../src/ingest/types.js";
import type { Fact } from "../../src/model/fact.js";
import type { NlpClient } from "../../src/nlp/client.js";

export async function typedFacts(
  type: Fact["type"],
  text: string,
  options: { reference: ReferenceData; nlp: NlpClient; title?: string; show?: (fact: Fact) => string },
): Promise<string[]> {
  const line = JSON.stringify({ title: options.title ?? "Meldung", publishedAt: "2024-03-01", text });
  const articles = await extractArticles(line, {
    reference: options.reference,
    nlp: options.nlp,
    format: "jsonl",
  });
  const show = options.show ?? ((f: Fact) => `${f.subject.name} -> ${f.object?.name ?? f.text ?? ""}`);
  return articles
    .flatMap((a) => a.facts)
    .filter((f) => f.type === type)
    .map(show)
    .sort();
}
