/**
 * What the rule tests read: the facts of one portal item (headline "Meldung", dated 1 March 2024)
 * whose body is the sentence under test, and where each fact goes.
 */
import { beforeAll } from "vitest";
import { extractArticles, REVIEW_THRESHOLD } from "../../src/ingest/extract.js";
import type { ReferenceData } from "../../src/ingest/types.js";
import type { Fact } from "../../src/model/fact.js";
import type { FactType } from "../../src/model/vocabulary.js";
import type { NlpClient } from "../../src/nlp/client.js";
import { loadReferenceData } from "../../src/seed/reference-data.js";
import { recordedNlp } from "./recorded-nlp.js";

export async function portalItemFacts(
  text: string,
  type: FactType | FactType[],
  reference: ReferenceData,
  nlp: NlpClient,
): Promise<Fact[]> {
  const [article] = await extractArticles(`Meldung\n[01.03.2024] ${text}`, { reference, nlp });
  const types: FactType[] = Array.isArray(type) ? type : [type];
  return article!.facts.filter((f) => types.includes(f.type));
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

/**
 * A rule test file's portal items, parsed with its recording (tests/fixtures/parses/<recording>.json),
 * the reference data loaded once before the file's tests: `facts(text, type)` of one item, its
 * `offices` as "person -> owner (role)", and its `roles`: the offices and the chairs named by a
 * role (the president of an association chairs it), the same way.
 */
export function portalItems(recording: string) {
  const nlp = recordedNlp(recording);
  let reference: ReferenceData;
  beforeAll(() => {
    reference = loadReferenceData();
  }, 60_000);
  const facts = (text: string, type: FactType | FactType[]) => portalItemFacts(text, type, reference, nlp);
  const offices = async (text: string) => (await facts(text, "holdsOffice")).map(office);
  const roles = async (text: string) =>
    (await facts(text, ["holdsOffice", "chairs"]))
      .filter((f) => f.type === "holdsOffice" || f.role !== undefined)
      .map(office);
  return { facts, offices, roles };
}
