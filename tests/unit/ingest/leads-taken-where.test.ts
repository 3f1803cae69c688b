/**
 * A lead taken where the verb names the unit: "Emese Stauke übernimmt im neuen Amt für
 * Digitalisierung und IT des Landkreises Rotenburg die Leitung", "übernimmt bei Dataport die
 * Leitung" (sentences written for these tests; parses in tests/fixtures/parses/leads-taken-where.json).
 */
import { describe, expect, it } from "vitest";
import { office, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("leads-taken-where");
const offices = async (text: string) => (await facts(text, "holdsOffice")).map(office).sort();

describe("a lead taken in a unit the verb names", () => {
  it("is the lead of that unit or organisation", async () => {
    expect(
      await offices(
        "Emese Stauke übernimmt im neuen Amt für Digitalisierung und IT des Landkreises Rotenburg die Leitung.",
      ),
    ).toEqual(["Emese Stauke -> Amt für Digitalisierung und IT des Landkreises Rotenburg (Leitung)"]);
    expect(await offices("Anna Beck übernimmt bei Dataport die Leitung.")).toEqual([
      "Anna Beck -> Dataport (Leitung)",
    ]);
  });

  it("as where the unit is the genitive, and not where the phrase names a time", async () => {
    expect(
      await offices(
        "Emese Stauke übernimmt die Leitung des neuen Amts für Digitalisierung und IT des Landkreises Rotenburg.",
      ),
    ).toEqual(["Emese Stauke -> Amt für Digitalisierung und IT des Landkreises Rotenburg (Leitung)"]);
    expect(await offices("Anna Beck übernimmt im Mai die Leitung.")).toEqual([]);
  });
});
