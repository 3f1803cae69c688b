/**
 * Projects and services that news describe rather than name ("das digitale
 * Bauantragsverfahren", "einen Antrag auf Wohngeld"), as what is led and taken part in, and
 * generic nouns ("das Verfahren", "der digitale Prozess") as the project named before, on
 * sentences written for these tests (parses recorded in tests/fixtures/parses/described-projects.json).
 */
import { describe, expect, it } from "vitest";
import { recordedTextFacts } from "../../helpers/text-facts.js";

const { pairs, reviewPairs } = recordedTextFacts("described-projects");

describe("a described project as what is taken part in", () => {
  it.each([
    ["Die Stadt Köln beteiligt sich am digitalen Wohngeldantrag.", ["Köln -> digitalen Wohngeldantrag"]],
    [
      "Hessen hat gemeinsam mit der Stadt Kassel einen Online-Antrag für die Hundesteuer entwickelt.",
      ["Kassel -> Online-Antrag für die Hundesteuer"],
    ],
    [
      "An der elektronischen Akte für Baugenehmigungen wirken Bremen und Hamburg mit.",
      [
        "Bremen -> elektronischen Akte für Baugenehmigungen",
        "Hamburg -> elektronischen Akte für Baugenehmigungen",
      ],
    ],
    [
      "Bremen beteiligt sich an der Entwicklung des digitalen Wohngeldantrags.",
      ["Bremen -> digitalen Wohngeldantrags"],
    ],
    ["Dataport wirkt an der Umsetzung des Projekts „Bürgerkonto“ mit.", ["Dataport -> Bürgerkonto"]],
    ["Bremen ist Pilotland für das digitale Wohngeld.", ["Bremen -> digitale Wohngeld"]],
    [
      "Das Land Thüringen startet die digitale Kfz-Zulassung. An dem Pilotprojekt beteiligen sich die Städte Erfurt, Jena und Weimar.",
      [
        "Erfurt -> digitale Kfz-Zulassung",
        "Jena -> digitale Kfz-Zulassung",
        "Weimar -> digitale Kfz-Zulassung",
      ],
    ],
  ])("reads '%s', for review", async (text, expected) => {
    expect(await reviewPairs("participatesIn", text)).toEqual(expected);
  });

  it.each([
    "Bremen beteiligt sich an den digitalen Verfahren der Länder.",
    "Bremen beteiligt sich an der Diskussion über die Verwaltung.",
    "Bremen will sich am digitalen Wohngeldantrag beteiligen.",
    "Die Stadt Köln beteiligt sich an der digitalen Transformation.",
  ])("reads no project in '%s'", async (text) => {
    expect(await pairs("participatesIn", text)).toEqual([]);
  });
});

describe("a generic noun as the project named before", () => {
  it("takes the project the sentence before describes, and each Landkreis a group noun lists", async () => {
    const text =
      "Sachsen bietet seit Mai einen Antrag auf Wohngeld im Internet an. " +
      "Das Verfahren wurde durch den Freistaat gemeinsam mit den Landkreisen Bautzen und Görlitz entwickelt.";
    expect(await pairs("participatesIn", text)).toEqual([
      "Landkreis Bautzen -> Antrag auf Wohngeld",
      "Landkreis Görlitz -> Antrag auf Wohngeld",
    ]);
  });

  it("leads the project named before with the one who developed 'the digital process'", async () => {
    const text =
      "In Thüringen können Eltern jetzt einen Antrag auf Kindergeld online stellen. " +
      "Der digitale Prozess wurde durch das Land Thüringen entwickelt.";
    expect(await reviewPairs("leads", text)).toEqual(["Thüringen -> Antrag auf Kindergeld"]);
  });

  it("leads the project named before whose Federführung a Land took over, for review", async () => {
    const text =
      "Sachsen entwickelt einen Online-Antrag für den Kita-Platz. Schleswig-Holstein hat die Federführung für das Projekt übernommen.";
    expect(await reviewPairs("leads", text)).toEqual([
      "Sachsen -> Online-Antrag für den Kita-Platz",
      "Schleswig-Holstein -> Online-Antrag für den Kita-Platz",
    ]);
  });

  it("uses the service named before where others 'setzen das Verfahren ein', for review", async () => {
    const text =
      "Hessen hat die digitale Hundesteuer eingeführt. Auch Niedersachsen und Bremen setzen das Verfahren ein.";
    expect(await reviewPairs("usesService", text)).toEqual([
      "digitale Hundesteuer -> Bremen",
      "digitale Hundesteuer -> Niedersachsen",
    ]);
  });

  it("leads no described project an IT service provider develops", async () => {
    expect(
      await pairs("leads", "Der Online-Dienst für die Hundesteuer wurde von Dataport entwickelt."),
    ).toEqual([]);
  });

  it("leads a described project a Land coordinates", async () => {
    expect(
      await pairs("leads", "Das Land Brandenburg koordiniert die digitale Plattform für Schulanmeldungen."),
    ).toEqual(["Brandenburg -> digitale Plattform für Schulanmeldungen"]);
  });
});
