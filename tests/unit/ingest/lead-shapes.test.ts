/**
 * leads of a lead municipality, of those who "verantwortlich zeichnen", and of a lead Land for
 * a project the text refers back to, on sentences written for these tests (parses recorded in
 * tests/fixtures/parses/lead-shapes.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { REVIEW_THRESHOLD } from "../../../src/ingest/facts/build.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";
import { textFacts } from "../../helpers/text-facts.js";

const nlp = recordedNlp("lead-shapes");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

const { factsOf, pairs } = textFacts(() => reference, nlp);

describe("leads in other words", () => {
  it.each([
    ["Die Stadt Ulm ist Leitkommune des Projekts „Digitale Dörfer“.", ["Ulm -> Digitale Dörfer"]],
    [
      "Das Projekt „Digitale Dörfer“ startet im Mai. Leitkommune ist die Stadt Ulm.",
      ["Ulm -> Digitale Dörfer"],
    ],
    ["Hessen zeichnet für das Projekt „Bürgerkonto“ verantwortlich.", ["Hessen -> Bürgerkonto"]],
    [
      "Für den Online-Antrag auf Wohngeld zeichnen Bremen und Hamburg verantwortlich.",
      ["Bremen -> Online-Antrag auf Wohngeld", "Hamburg -> Online-Antrag auf Wohngeld"],
    ],
    [
      "Berlin hat eine Plattform für Schulanmeldungen eingerichtet, für die Brandenburg verantwortlich zeichnet.",
      ["Brandenburg -> Plattform für Schulanmeldungen"],
    ],
    [
      "Der Online-Dienst „BAföG Digital“ ist gestartet. Sachsen-Anhalt hat den Antragsassistenten als federführendes Bundesland auf den Weg gebracht.",
      // The gazetteer knows the service the name stands for.
      ["Sachsen-Anhalt -> OZG-Leistung BAföG"],
    ],
  ])("reads '%s', for review", async (text, expected) => {
    const facts = await factsOf("leads", text);
    expect(await pairs("leads", text)).toEqual(expected);
    expect(facts.every((f) => f.confidence < REVIEW_THRESHOLD)).toBe(true);
  });

  it.each([
    "Hessen zeichnet nicht für das Projekt „Bürgerkonto“ verantwortlich.",
    "Die Stadt Ulm will Leitkommune des Projekts „Digitale Dörfer“ werden.",
  ])("reads no lead in '%s'", async (text) => {
    expect(await pairs("leads", text)).toEqual([]);
  });
});
