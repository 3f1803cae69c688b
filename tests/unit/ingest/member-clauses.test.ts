/**
 * Members named in a clause about the body: "Der IT-Planungsrat, bestehend aus A und B, ..." and
 * "der IT-Planungsrat, in dem A und B vertreten sind". Sentences written for this test (parses in
 * tests/fixtures/parses/member-clauses.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("member-clauses");

describe("members in a clause about the body", () => {
  it("reads the members a participle phrase lists", async () => {
    expect(
      (
        await facts(
          "Der IT-Planungsrat, bestehend aus Vertretern des Bundes und der Länder Hessen und Bayern, tagte am Montag.",
          "memberOf",
        )
      ).map(pair),
    ).toEqual(["Bund -> IT-Planungsrat", "Hessen -> IT-Planungsrat", "Bayern -> IT-Planungsrat"]);
  });

  it("takes not the body of a genitive for the one described, but the commission it names", async () => {
    expect(
      (
        await facts(
          "Die Findungskommission des IT-Planungsrats, bestehend aus den Vertretern des Bundes, Hessen, Bremen und Hamburg, hat einen Kandidaten vorgeschlagen.",
          "memberOf",
        )
      ).map(pair),
    ).toEqual([
      "Bund -> Findungskommission des IT-Planungsrats",
      "Hessen -> Findungskommission des IT-Planungsrats",
      "Bremen -> Findungskommission des IT-Planungsrats",
      "Hamburg -> Findungskommission des IT-Planungsrats",
    ]);
  });

  it("reads a relative clause's 'in dem' as the body before it", async () => {
    expect(
      (
        await facts(
          "Hessen leitet den IT-Planungsrat, in dem alle Länder und der Bund vertreten sind.",
          "memberOf",
        )
      ).map(pair),
    ).toEqual(["Bund -> IT-Planungsrat"]);
  });
});
