/**
 * Four more readings: a committee named by its remit ("Mitglied im Ausschuss für Digitales"),
 * receivers listed with their own amounts after one verb ("Die Stadt A erhält 12.000 €, die
 * Gemeinde B 9.600 € und der Markt C 6.900 €"), money right after the giver's phrase ("erhält vom
 * Bund 2 Millionen Euro"), and the programme a passive funds through ("Durch den Freistaat werden
 * mit dem Programm X die Kommunen gefördert") (sentences written for these tests; parses in
 * tests/fixtures/parses/committees-and-gapped-receipts.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("committees-and-gapped-receipts");
const members = async (text: string) => (await facts(text, "memberOf")).map(pair);
const funded = async (text: string) =>
  (await facts(text, "funds"))
    .map((f) => `${pair(f)}${f.amount === undefined ? "" : ` (${f.amount})`}`)
    .sort();

describe("a committee named by its remit", () => {
  it("is the body one is a member of", async () => {
    expect(await members("Anna Keller ist Mitglied im Ausschuss für Verkehr.")).toEqual([
      "Anna Keller -> Ausschuss für Verkehr",
    ]);
    expect(
      await members("Moritz Heuberger wird Mitglied im Ausschuss für Digitales und Staatsmodernisierung."),
    ).toEqual(["Moritz Heuberger -> Ausschuss für Digitales und Staatsmodernisierung"]);
  });

  it("without a remit is no body", async () => {
    expect(await members("Anna Keller ist Mitglied im Ausschuss.")).toEqual([]);
  });
});

describe("receivers listed after one verb", () => {
  it("each receive the amount named with them", async () => {
    expect(
      await funded(
        "Das Land Bayern fördert die Kommunen mit 40.000 Euro. Die Stadt Schlüsselfeld erhält 12.000 €, die Gemeinde Litzendorf 9.600 € und der Markt Buttenheim 6.900 €.",
      ),
    ).toEqual([
      "Bayern -> Buttenheim (6900)",
      "Bayern -> Kommunen (40000)",
      "Bayern -> Litzendorf (9600)",
      "Bayern -> Schlüsselfeld (12000)",
    ]);
  });
});

describe("money right after the giver's phrase", () => {
  it("is the money received from the giver", async () => {
    expect(await funded("Der Landkreis Harburg erhält vom Land Niedersachsen 500.000 Euro.")).toEqual([
      "Niedersachsen -> Landkreis Harburg (500000)",
    ]);
    expect(await funded("Die Stadt Ulm erhält vom Bund 2 Millionen Euro.")).toEqual([
      "Bund -> Ulm (2000000)",
    ]);
  });
});

describe("the programme a passive funds through", () => {
  it("is funded by the agent", async () => {
    expect(
      await funded(
        "Durch den Freistaat Bayern werden mit dem Programm „Digitales Rathaus“ die bayerischen Städte, Gemeinden, Landkreise und Bezirke direkt gefördert.",
      ),
    ).toContain("Bayern -> Digitales Rathaus");
  });

  it("with the agent named by 'durch' is no instrument", async () => {
    expect(
      await funded(
        "Das Projekt Smart City Ulm wird durch das Programm „Modellprojekte Smart Cities“ gefördert.",
      ),
    ).toEqual([]);
  });
});
