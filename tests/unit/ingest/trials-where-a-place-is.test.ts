/**
 * A trial said to run "wo" (where) a place named before the comma is ("der Kreis Cochem-Zell ...,
 * wo seit 2017 das Pilotprojekt „X“ läuft"): the parser hangs the clause on the verb before it, so
 * the place is the town, county or Land right before the comma (sentences written for these tests;
 * parses in tests/fixtures/parses/trials-where-a-place-is.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("trials-where-a-place-is");
const participations = async (text: string) => (await facts(text, "participatesIn")).map(pair);

describe("a trial where a place is", () => {
  it("is the place's, right before the comma", async () => {
    expect(
      await participations(
        "Dabei soll der Kreis Cochem-Zell Pate stehen, wo seit 2017 das Pilotprojekt „Modellkommune E-Government“ läuft.",
      ),
    ).toEqual(["Landkreis Cochem-Zell -> Modellkommune E-Government"]);
  });

  it("not a place a phrase of its own follows", async () => {
    expect(
      await participations(
        "Die Ministerin reiste nach Ulm und dann weiter nach Stuttgart in das Ministerium, wo das Pilotprojekt „Digitale Heimat“ läuft.",
      ),
    ).toEqual([]);
  });
});
