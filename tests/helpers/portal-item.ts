/**
 * What the rule tests read: the facts of one portal item (headline "Meldung", dated 1 March 2024)
 * whose body is the sentence under test, and where each fact goes.
 */
import { extractArticles, REVIEW_THRESHOLD } from "../../src/ingest/extract.js";
import type { ReferenceData } from "../../src/ingest/types.js";
import type { Fact } from "../../src/model/fact.js";
import type { FactType } from "../../src/model/vocabulary.js";
import type { NlpClient } from "../../src/nlp/client.js";

export async function portalItemFacts(
  text: string,
  type: FactType,
  reference: ReferenceData,
  nlp: NlpClient,
): Promise<Fact[]> {
  const [article] = await extractArticles(`Meldung\n[01.03.2024] ${text}`, { reference, nlp });
  return article!.facts.filter((f) => f.type === type);
}

/** "graph" for a fact written without review, "review" for one that waits for an editor. */
export const destination = (fact: Fact): "graph" | "review" =>
  fact.confidence >= REVIEW_THRESHOLD ? "graph" : "review";

/** "subject -> object", the way the rule tests name a fact. */
export const pair = (fact: Fact): string => `${fact.subject.name} -> ${fact.object?.name ?? ""}`;

/** "subject -> object", or "subject -> text" for a decision, a launch or a position without an object. */
export const pairOrText = (fact: Fact): string =>
  `${fact.subject.name} -> ${fact.object?.name ?? fact.text ?? ""}`;

/** An office the way the rule tests name it: "person -> owner (role)". */
export const office = (fact: Fact): string => `${pair(fact)} (${fact.role ?? ""})`;
