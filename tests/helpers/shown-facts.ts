/**
 * The rule tests' reading of an invented text: its facts of one type as sorted lines
 * "subject -> object or text (written|review)", parsed with the recordings `parses`
 * (tests/fixtures/parses/<parses>.json) and the reference data, loaded once.
 */
import { REVIEW_THRESHOLD } from "../../src/ingest/extract.js";
import type { ReferenceData } from "../../src/ingest/types.js";
import type { Fact } from "../../src/model/fact.js";
import { loadReferenceData } from "../../src/seed/reference-data.js";
import { recordedNlp } from "./recorded-nlp.js";
import { typedFacts } from "./typed-facts.js";

const show = (f: Fact) =>
  `${f.subject.name} -> ${f.object?.name ?? f.text ?? ""} (${f.confidence < REVIEW_THRESHOLD ? "review" : "written"})`;

let reference: ReferenceData | undefined;

export function shownFacts(parses: string): (type: Fact["type"], text: string) => Promise<string[]> {
  const nlp = recordedNlp(parses);
  return (type, text) =>
    typedFacts(type, text, { reference: (reference ??= loadReferenceData()), nlp, show });
}
