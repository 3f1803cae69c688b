/**
 * What a decision adopts keeps its quantities ("eine Aufstockung des Programms um 500 Millionen
 * Euro"); a sentence written for this test (parse in tests/fixtures/parses/decision-quantities.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("decision-quantities");

describe("the text of a decision", () => {
  it("keeps the numbers of its amounts", async () => {
    expect(
      (
        await facts(
          "Die Bundesregierung hatte im Juni 2020 eine Aufstockung des Programms um 500 Millionen Euro auf 820 Millionen Euro beschlossen.",
          "adopts",
        )
      ).map(pairOrText),
    ).toEqual(["Bund -> Aufstockung des Programms um 500 Millionen Euro"]);
  });
});
