/**
 * funds of a programme as news name it: "Mit dem Programm X unterstützt Y ..." and money named
 * by whose budget it comes from ("aus Landesmitteln", "Bundesmittel"), on sentences written for
 * these tests (parses recorded in tests/fixtures/parses/funding-programmes.json).
 */
import { describe, expect, it } from "vitest";
import { recordedTextFacts } from "../../helpers/text-facts.js";

const { pairs, reviewPairs } = recordedTextFacts("funding-programmes");

describe("the funder of a programme named with 'Mit dem Programm'", () => {
  it.each([
    [
      "Mit dem Förderprogramm „Digitale Schule“ unterstützt das Land Hessen die Schulträger.",
      ["Hessen -> Digitale Schule"],
    ],
    [
      "Mit dem Programm Smarte Dörfer 2.0 fördert der Freistaat Sachsen kleine Gemeinden.",
      ["Sachsen -> Smarte Dörfer 2.0"],
    ],
    [
      "Thüringen setzt auf Tempo. Mit der Initiative Digitale Rathäuser unterstützt die Landesregierung die Kommunen.",
      ["Thüringen -> Digitale Rathäuser"],
    ],
  ])("reads '%s', for review", async (text, expected) => {
    expect(await reviewPairs("funds", text)).toEqual(expected);
  });

  it("reads no programme where none is named", async () => {
    expect(await pairs("funds", "Mit dem Programm soll das Land Hessen die Kommunen unterstützen.")).toEqual(
      [],
    );
  });
});

describe("money from a budget", () => {
  it.each([
    [
      "Das Saarland beteiligt sich am DigitalPakt Schule. Dazu kommen 40 Millionen Euro aus Landesmitteln.",
      ["Saarland -> DigitalPakt Schule"],
    ],
    [
      "Für den DigitalPakt Schule stehen 500 Millionen Euro Bundesmittel bereit.",
      ["Bund -> DigitalPakt Schule"],
    ],
  ])("reads '%s' as the budget's government funding the programme, for review", async (text, expected) => {
    expect(await reviewPairs("funds", text)).toEqual(expected);
  });

  it.each([
    "Aus Bundesmitteln soll der DigitalPakt Schule 100 Millionen Euro erhalten.",
    "Der DigitalPakt Schule ist gestartet. Der größte Teil kommt aus Bundesmitteln.",
  ])("reads no funds in '%s' (intended, or no money named)", async (text) => {
    expect(await pairs("funds", text)).toEqual([]);
  });
});

describe("what a funding verb's object is", () => {
  it("reads a generic 'das Projekt' as the project named before, for review", async () => {
    const text =
      "Hessen hat den Online-Dienst „Kita-Platz“ gestartet. Das Projekt wird vom Bund mit 3 Millionen Euro gefördert.";
    expect(await reviewPairs("funds", text)).toEqual(["Bund -> Kita-Platz"]);
  });

  it("reads no funding where a service is provided", async () => {
    expect(await pairs("funds", "Sachsen stellt den Kommunen die Plattform „Amt24“ zur Verfügung.")).toEqual(
      [],
    );
  });
});
