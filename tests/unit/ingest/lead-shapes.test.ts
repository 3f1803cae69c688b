/**
 * leads of a lead municipality, of those who "verantwortlich zeichnen", and of a lead Land for
 * a project the text refers back to, on sentences written for these tests (parses recorded in
 * tests/fixtures/parses/lead-shapes.json).
 */
import { describe, expect, it } from "vitest";
import { recordedTextFacts } from "../../helpers/text-facts.js";

const { pairs, reviewPairs } = recordedTextFacts("lead-shapes");

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
    [
      "Verantwortlich für die Plattform für Schulanmeldungen ist das Land Brandenburg.",
      ["Brandenburg -> Plattform für Schulanmeldungen"],
    ],
    [
      "Der Online-Antrag auf Wohngeld wird unter Federführung von Bremen umgesetzt.",
      ["Bremen -> Online-Antrag auf Wohngeld"],
    ],
  ])("reads '%s', for review", async (text, expected) => {
    expect(await reviewPairs("leads", text)).toEqual(expected);
  });

  it.each([
    "Hessen zeichnet nicht für das Projekt „Bürgerkonto“ verantwortlich.",
    "Die Stadt Ulm will Leitkommune des Projekts „Digitale Dörfer“ werden.",
  ])("reads no lead in '%s'", async (text) => {
    expect(await pairs("leads", text)).toEqual([]);
  });
});
