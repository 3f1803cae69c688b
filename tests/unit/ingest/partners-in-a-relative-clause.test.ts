/**
 * Those a relative clause names as taking part in a named project ("im Projekt „Wohngeld
 * digital“, an dem Bremen, Brandenburg und das Bundesinnenministerium beteiligt waren"), which the
 * parser reads as one phrase "an dem Bremen" (sentences written for these tests; parses in
 * tests/fixtures/parses/partners-in-a-relative-clause.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("partners-in-a-relative-clause");
const participations = async (text: string) => (await facts(text, "participatesIn")).map(pair);

describe("partners named in a relative clause", () => {
  it("take part in the named project before the comma", async () => {
    expect(
      await participations(
        "Erprobt wurde der Dienst im Projekt „Wohngeld digital“, an dem Bremen, Brandenburg und das Bundesinnenministerium beteiligt waren.",
      ),
    ).toEqual([
      "Bremen -> Wohngeld digital",
      "Brandenburg -> Wohngeld digital",
      "Bundesministerium des Innern -> Wohngeld digital",
    ]);
  });

  it("not where the clause denies it", async () => {
    expect(
      await participations("Das Projekt „Wohngeld digital“, an dem Bremen nicht beteiligt war, startet."),
    ).toEqual([]);
  });
});
