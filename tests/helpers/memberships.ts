/** The memberships an article states, as "member -> body (review|graph)", sorted: what the member rule tests compare. */
import { extractArticles } from "../../src/ingest/extract.js";
import type { ReferenceData } from "../../src/ingest/types.js";
import type { NlpClient } from "../../src/nlp/client.js";

export async function membershipsOf(
  text: string,
  reference: ReferenceData,
  nlp: NlpClient,
): Promise<string[]> {
  const [article] = await extractArticles(text, {
    reference,
    nlp,
    format: "text",
    publishedAt: "2024-05-02",
  });
  return article!.facts
    .filter((f) => f.type === "memberOf")
    .map((f) => `${f.subject.name} -> ${f.object?.name ?? ""} (${f.confidence >= 0.8 ? "graph" : "review"})`)
    .sort();
}
