/**
 * funds of the recipients of grant notices ("Förderbescheide erhalten"), on sentences written for
 * these tests (parses recorded in tests/fixtures/parses/funding-grants.json).
 */
import { describe, expect, it } from "vitest";
import { recordedTextFacts } from "../../helpers/text-facts.js";

const { pairs, reviewPairs } = recordedTextFacts("funding-grants");

describe("recipients of grant notices", () => {
  it.each([
    [
      "Das Land Hessen fördert Online-Dienste der Kommunen. Folgende Kommunen haben nun Förderbescheide erhalten: die Gemeinde Lautertal (5.000 Euro), die VG Asbach (3.000 Euro) und der Markt Essing (2.000 Euro).",
      // Lautertal and Essing are in the municipal register, the VG Asbach is not.
      ["Hessen -> Essing", "Hessen -> Lautertal (Odenwald)", "Hessen -> VG Asbach"],
    ],
    ["Die Stadt Jena hat vom Freistaat Thüringen einen Förderbescheid erhalten.", ["Thüringen -> Jena"]],
    [
      "Mit dem Programm „Digitale Dörfer“ unterstützt das Bayerische Staatsministerium für Digitales kleine Gemeinden. Die Stadt Erlangen erhielt einen Zuwendungsbescheid über 20.000 Euro.",
      [
        "Bayerisches Staatsministerium für Digitales -> Digitale Dörfer",
        "Bayerisches Staatsministerium für Digitales -> Erlangen",
      ],
    ],
  ])("reads '%s', for review", async (text, expected) => {
    expect(await reviewPairs("funds", text)).toEqual(expected);
  });

  it.each([
    "Die Stadt Jena hat vom Freistaat Thüringen noch keinen Förderbescheid erhalten.",
    "Die Stadt Jena soll vom Freistaat Thüringen einen Förderbescheid erhalten.",
  ])("reads no funds in '%s'", async (text) => {
    expect(await pairs("funds", text)).toEqual([]);
  });
});
