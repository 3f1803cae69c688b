/**
 * A lead signed for a project named after a hyphenated kind noun ("Für das OZG-Projekt „Wohngeld“
 * zeichnen Hessen und Bayern verantwortlich"), which the parser splits at the hyphen, reading the
 * quoted name as the verb's object and "verantwortlich" as a marker (sentences written for these
 * tests; parses in tests/fixtures/parses/leads-for-hyphenated-projects.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("leads-for-hyphenated-projects");
const leads = async (text: string) => (await facts(text, "leads")).map(pair).sort();

describe("a lead signed for an OZG-Projekt", () => {
  it("is each signer's", async () => {
    expect(await leads("Für das OZG-Projekt „Wohngeld“ zeichnen Hessen und Bayern verantwortlich.")).toEqual([
      "Bayern -> Wohngeld",
      "Hessen -> Wohngeld",
    ]);
  });
});
