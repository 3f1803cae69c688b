/**
 * Positions stated by a verb, as announces facts (parses recorded in
 * tests/fixtures/parses/announce-positions.json; GOVGRAPH_RECORD_PARSES=1 re-records).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import type { Fact } from "../../../src/model/fact.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";
import { typedFacts } from "../../helpers/typed-facts.js";

const nlp = recordedNlp("announce-positions");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

const announcements = (text: string, title?: string) =>
  typedFacts("announces", text, {
    reference,
    nlp,
    title,
    show: (f: Fact) => `${f.subject.name} -> ${f.text ?? ""} (${f.confidence < 0.8 ? "review" : "written"})`,
  });

describe("announces a position", () => {
  it("a demand is named as the demand, for review", async () => {
    expect(
      await announcements(
        "Der Deutsche Städtetag fordert mehr Personal für die Digitalisierung der Bürgerämter.",
      ),
    ).toEqual([
      "Deutscher Städtetag -> Forderung nach mehr Personal für die Digitalisierung der Bürgerämter (review)",
    ]);
  });

  it("a demand whose object comes first is the named actor's, however the parser reads the order", async () => {
    expect(
      await announcements(
        "Ein einheitliches Bürgerkonto fordert der Deutsche Städtetag bereits seit Jahren.",
      ),
    ).toEqual(["Deutscher Städtetag -> Forderung nach einheitliches Bürgerkonto (review)"]);
  });

  it("welcoming a plan is support for it, without the participle's own phrase", async () => {
    expect(
      await announcements(
        "Der Nationale Normenkontrollrat begrüßt die vom Bund vorgelegte Strategie für offene Daten.",
      ),
    ).toEqual(["Nationaler Normenkontrollrat -> Unterstützung für Strategie für offene Daten (review)"]);
  });

  it("welcoming a person or a role is a greeting, no position", async () => {
    expect(
      await announcements(
        "Der Deutsche Landkreistag begrüßt den neuen Präsidenten. Der Nationale Normenkontrollrat begrüßte Staatssekretär Markus Richter.",
      ),
    ).toEqual([]);
  });

  it("welcoming new members is a greeting, no position", async () => {
    expect(await announcements("Der Deutsche Landkreistag begrüßt drei neue Mitglieder.")).toEqual([]);
  });

  it("a pronoun that demands is left alone", async () => {
    expect(
      await announcements("„Wir fordern einen wirksamen Digitalcheck für alle Gesetze“, sagte sie."),
    ).toEqual([]);
  });
});
