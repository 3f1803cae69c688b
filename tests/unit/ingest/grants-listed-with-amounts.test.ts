/**
 * Grants listed town by town: small towns by their bare names before their amounts ("Die
 * Fördermittel verteilen sich wie folgt: Biebertal 12.000 Euro, Lahnau 9.500 Euro ..."), unions
 * of municipalities abbreviated "VG", a Land's ministry named by a hyphenated adjective
 * ("das baden-württembergische Innenministerium"), money counted with "über" after the verb it
 * flows by ("fließen dabei über 19.000 €"), and a member of parliament who announces money, who
 * pays nothing (sentences written for these tests; parses in
 * tests/fixtures/parses/grants-listed-with-amounts.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("grants-listed-with-amounts");
const funded = async (text: string) =>
  (await facts(text, "funds"))
    .map((f) => `${pair(f)}${f.amount === undefined ? "" : ` (${f.amount})`}`)
    .sort();

describe("towns listed with their amounts", () => {
  it("each receive their amount from the item's funder", async () => {
    expect(
      await funded(
        "Das Hessische Digitalministerium unterstützt die Kommunen mit 40.000 Euro. Die Fördermittel verteilen sich wie folgt: Biebertal 12.000 Euro, Lahnau 9.500 Euro und Hüttenberg 8.100 Euro.",
      ),
    ).toEqual([
      "Hessisches Digitalministerium -> Biebertal (12000)",
      "Hessisches Digitalministerium -> Hüttenberg (8100)",
      "Hessisches Digitalministerium -> Kommunen (40000)",
      "Hessisches Digitalministerium -> Lahnau (9500)",
    ]);
  });

  it("with their amounts in parentheses, unions abbreviated 'VG' among them", async () => {
    expect(
      await funded(
        "Das Land Bayern fördert die Kommunen mit 40.000 Euro. Folgende Kommunen haben nun Förderbescheide erhalten: die VG Uffenheim (9.585,45 Euro), der Markt Ipsheim (15.339,73 Euro) und die VG Burgbernheim (4.712,40 Euro).",
      ),
    ).toEqual([
      "Bayern -> Ipsheim (15339.73)",
      "Bayern -> Kommunen (40000)",
      "Bayern -> VG Burgbernheim (4712.4)",
      "Bayern -> VG Uffenheim (9585.45)",
    ]);
  });

  it("with a comma before their amounts, each item after a semicolon or a bullet", async () => {
    expect(
      await funded(
        "Das Hessische Digitalministerium unterstützt die Kommunen mit 40.000 Euro. Die Fördermittel verteilen sich wie folgt: Biebertal, 12.000 Euro; Lahnau, 9.500 Euro; Hüttenberg, 8.100 Euro.",
      ),
    ).toEqual([
      "Hessisches Digitalministerium -> Biebertal (12000)",
      "Hessisches Digitalministerium -> Hüttenberg (8100)",
      "Hessisches Digitalministerium -> Kommunen (40000)",
      "Hessisches Digitalministerium -> Lahnau (9500)",
    ]);
    expect(
      await funded(
        "Das Land Bayern fördert die Kommunen mit 40.000 Euro. Den Förderbescheid erhalten folgende Kommunen: • Stadt Wertingen, 12.000,00 € • Gemeinde Ipsheim, 9.606,37 €",
      ),
    ).toEqual(["Bayern -> Ipsheim (9606.37)", "Bayern -> Kommunen (40000)", "Bayern -> Wertingen (12000)"]);
  });

  it("after a receipt the verb names, the next town with its amount receives too", async () => {
    expect(
      await funded(
        "Das Land Hessen fördert die Kommunen mit 90.000 Euro. Die Stadt Lich erhält 54.912 Euro, die Gemeinde Biebertal 33.603 Euro.",
      ),
    ).toEqual(["Hessen -> Biebertal (33603)", "Hessen -> Kommunen (90000)", "Hessen -> Lich (54912)"]);
  });

  it("is no grant where money is spent in places, nor a town with the one amount of a sentence", async () => {
    expect(
      await funded(
        "Das Land Baden-Württemberg fördert die Kommunen mit 2 Millionen Euro. In Ulm werden 1,2 Millionen Euro investiert, in Biberach 300.000 Euro.",
      ),
    ).toEqual(["Baden-Württemberg -> Kommunen (2000000)"]);
    expect(
      await funded("Das Land Hessen fördert die Kommunen mit 90.000 Euro. Davon gehen an Lahnau 9.500 Euro."),
    ).toEqual(["Hessen -> Kommunen (90000)"]);
  });
});

describe("money that flows somewhere, counted with 'über'", () => {
  it("is the money's flow, the amount after its verb", async () => {
    expect(
      await funded(
        "Das Land Bayern fördert die Kommunen mit 40.000 Euro. In den Landkreis Dillingen fließen dabei über 19.000 €.",
      ),
    ).toEqual(["Bayern -> Kommunen (40000)", "Bayern -> Landkreis Dillingen a.d.Donau (19000)"]);
  });
});

describe("'VG' before a name", () => {
  it("is no union before a city's name or in a society's", async () => {
    expect(
      await funded(
        "Das Land Bayern fördert die Kommunen mit 40.000 Euro. Die VG Köln erhält 9.000 Euro, die VG Wort 4.000 Euro.",
      ),
    ).toEqual(["Bayern -> Kommunen (40000)"]);
  });
});

describe("a Land's ministry by its hyphenated adjective", () => {
  it("is named with capitals", async () => {
    expect(await funded("Das baden-württembergische Innenministerium fördert die Stadt Ulm.")).toEqual([
      "Baden-Württembergisches Innenministerium -> Ulm",
    ]);
  });
});

describe("a member of parliament who tells of money", () => {
  it("pays nothing, nor does the parliament", async () => {
    expect(
      await funded(
        "Die Mittel stammen aus dem Förderprogramm „Starke Heimat Hessen“, wie der heimische CDU-Landtagsabgeordnete Max Schad informiert.",
      ),
    ).toEqual([]);
  });
});
