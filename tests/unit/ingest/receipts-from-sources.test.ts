/**
 * Money received from a source its owner is named with in the genitive ("erhält 500.000 Euro aus
 * dem Förderprogramm des Landes Hessen", "aus Mitteln des Landes Hessen"): the owner funds the
 * receiver (sentences written for these tests; parses in
 * tests/fixtures/parses/receipts-from-sources.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("receipts-from-sources");
const funds = async (text: string) =>
  (await facts(text, "funds")).map((f) => `${pair(f)} (${f.amount ?? "-"})`).sort();

describe("money received from a source", () => {
  it("is given by the programme's owner", async () => {
    expect(
      await funds("Der Landkreis Fulda erhält 500.000 Euro aus dem Förderprogramm des Landes Hessen."),
    ).toEqual(["Hessen -> Landkreis Fulda (500000)"]);
    expect(
      await funds(
        "Der Landkreis Fulda erhält 500.000 Euro aus dem Förderprogramm „Starke Heimat Hessen“ des Landes Hessen.",
      ),
    ).toEqual(["Hessen -> Landkreis Fulda (500000)"]);
  });

  it("is given by the owner of the means", async () => {
    expect(await funds("Der Landkreis Fulda erhält aus Mitteln des Landes Hessen 500.000 Euro.")).toEqual([
      "Hessen -> Landkreis Fulda (500000)",
    ]);
  });

  it("is given by no one where the source names no owner", async () => {
    expect(
      await funds("Der Landkreis Fulda erhält 500.000 Euro aus dem Förderprogramm „Starke Heimat“."),
    ).toEqual([]);
  });
});
