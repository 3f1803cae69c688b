/**
 * usesService where news say a service is offered or applied for online somewhere, with the
 * service described rather than named and its users a list of local governments, on sentences
 * written for these tests (parses recorded in tests/fixtures/parses/usage-shapes.json).
 */
import { describe, expect, it } from "vitest";
import { recordedTextFacts } from "../../helpers/text-facts.js";

const { pairs, reviewPairs } = recordedTextFacts("usage-shapes");

describe("a service applied for online", () => {
  it.each([
    [
      "Ab sofort können Eltern in den Landkreisen Harz und Stendal einen Antrag auf Elterngeld online stellen.",
      ["Antrag auf Elterngeld -> Landkreis Harz", "Antrag auf Elterngeld -> Landkreis Stendal"],
    ],
    ["In der Stadt Jena kann der Wohngeldantrag jetzt digital gestellt werden.", ["Wohngeldantrag -> Jena"]],
  ])("reads '%s', for review", async (text, expected) => {
    expect(await reviewPairs("usesService", text)).toEqual(expected);
  });

  it("takes 'ihren Antrag' for the service named before, and every local government the list names", async () => {
    const text =
      "Der Online-Dienst „Kita-Gutschein“ ist gestartet. " +
      "Eltern können ihren Antrag in den drei Kommunen Stadt Jena, dem Bezirk Altona in Hamburg und der Verbandsgemeinde Asbach online stellen.";
    expect(await pairs("usesService", text)).toEqual([
      "Kita-Gutschein -> Bezirk Altona",
      "Kita-Gutschein -> Jena",
      "Kita-Gutschein -> Verbandsgemeinde Asbach",
    ]);
  });

  it("reads no use where nothing is done online", async () => {
    expect(await pairs("usesService", "In Jena können Eltern einen Antrag auf Elterngeld stellen.")).toEqual(
      [],
    );
  });
});

describe("a service offered", () => {
  it.each([
    [
      "Die Stadt Erkrath bietet den Online-Dienst für die Anmeldung eines Hundes an.",
      ["Online-Dienst für die Anmeldung eines Hundes -> Erkrath"],
    ],
    [
      "Der Online-Dienst für die Anmeldung eines Hundes wird auch in Wuppertal angeboten.",
      ["Online-Dienst für die Anmeldung eines Hundes -> Wuppertal"],
    ],
    [
      "Im Saarland gibt es seit Mai den digitalen Bauantrag. Die Stadt Saarlouis bietet das Verfahren seit Juni an.",
      ["digitalen Bauantrag -> Saarlouis"],
    ],
  ])("reads '%s', for review", async (text, expected) => {
    expect(await reviewPairs("usesService", text)).toEqual(expected);
  });

  it.each([
    "Die Stadt Köln bietet eine Beratung für Familien an.",
    "Die Stadt Köln bietet den Online-Dienst für die Anmeldung eines Hundes nicht an.",
    "Die Stadt Köln will den Online-Dienst für die Anmeldung eines Hundes anbieten.",
  ])("reads no use in '%s'", async (text) => {
    expect(await pairs("usesService", text)).toEqual([]);
  });
});

describe("where people use a service, and services relied on", () => {
  it.each([
    [
      "Bürgerinnen und Bürger in Köln und Bonn können den digitalen Bauantrag nutzen.",
      ["digitalen Bauantrag -> Bonn", "digitalen Bauantrag -> Köln"],
    ],
    ["Eltern in Kassel nutzen seit Mai den Online-Dienst „Kita-Platz“.", ["Kita-Platz -> Kassel"]],
    ["Die Stadt Köln setzt auf die Plattform „Gewerbe digital“.", ["Gewerbe digital -> Köln"]],
  ])("reads '%s', for review", async (text, expected) => {
    expect(await reviewPairs("usesService", text)).toEqual(expected);
  });

  it.each([
    "Die Stadt Köln setzt auf Tempo bei der Digitalisierung.",
    "Bürgerinnen und Bürger in Köln können den Online-Dienst nicht nutzen.",
  ])("reads no use in '%s'", async (text) => {
    expect(await pairs("usesService", text)).toEqual([]);
  });
});
