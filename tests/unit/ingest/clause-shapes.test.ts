/**
 * How the verb rules read a clause the parser hangs unusually; sentences written for this test
 * (parses in tests/fixtures/parses/clause-shapes.json):
 * - an object hung on the auxiliary ("hat den NOOTS-Staatsvertrag beschlossen");
 * - the names a plural kind noun lists act ("die Länder Bremen und Hamburg"), also where the parser
 *   hangs what they take part in below another phrase;
 * - a verb conjoined to a passive is a passive ("wird finanziert und durch X umgesetzt");
 * - a kind noun before an organisation's name is that organisation ("dem IT-Dienstleister X").
 */
import { describe, expect, it } from "vitest";
import { pair, pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("clause-shapes");

describe("clauses the parser hangs unusually", () => {
  it("reads an object hung on the auxiliary as the verb's", async () => {
    expect(
      (await facts("Der IT-Planungsrat hat den NOOTS-Staatsvertrag beschlossen.", "adopts")).map(pairOrText),
    ).toEqual(["IT-Planungsrat -> NOOTS-Staatsvertrag"]);
  });

  it("lets every name a plural kind noun lists act", async () => {
    expect(
      (
        await facts(
          "Inzwischen haben auch die Länder Bremen und Hamburg den Staatsvertrag über die Digitalagentur ratifiziert.",
          "adopts",
        )
      ).map(pairOrText),
    ).toEqual([
      "Bremen -> Staatsvertrag über die Digitalagentur",
      "Hamburg -> Staatsvertrag über die Digitalagentur",
    ]);
    expect(
      (
        await facts(
          "Die Länder Bremen und Hamburg fördern das Projekt „Bürgerkonto Nord“ mit 2 Millionen Euro.",
          "funds",
        )
      ).map(pair),
    ).toEqual(["Bremen -> Bürgerkonto Nord", "Hamburg -> Bürgerkonto Nord"]);
  });

  it("finds what the listed names take part in one level below the verb", async () => {
    const found = await facts(
      "Das Pilotprojekt „Bürgerkonto Nord“ startete im Januar. Heute sind 21 Kommunen sowie die Bundesländer Bremen, Hamburg und Niedersachsen ebenso wie verschiedene Bundesbehörden an dem Pilotprojekt beteiligt.",
      "participatesIn",
    );
    expect(found.map(pair).sort()).toEqual([
      "Bremen -> Bürgerkonto Nord",
      "Hamburg -> Bürgerkonto Nord",
      "Niedersachsen -> Bürgerkonto Nord",
    ]);
  });

  it("reads a verb conjoined to a passive as a passive with its agent", async () => {
    expect(
      (
        await facts(
          "Die Plattform „Schule digital“ wird aus Landesmitteln finanziert und durch das Land Sachsen umgesetzt.",
          "leads",
        )
      ).map(pair),
    ).toEqual(["Sachsen -> Schule digital"]);
  });

  it("names a partner by its name, not by the kind noun before it", async () => {
    expect(
      (
        await facts(
          "Die Plattform „Schule digital“ wird in Zusammenarbeit mit dem IT-Dienstleister Codeworx entwickelt.",
          "participatesIn",
        )
      ).map(pair),
    ).toEqual(["Codeworx -> Schule digital"]);
  });
});
