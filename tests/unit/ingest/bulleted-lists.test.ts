/**
 * A bulleted list after "folgende ...:" names every item, not only the first: "Folgende Kommunen
 * nehmen teil: • Stadt Kassel • Stadt Fulda • Landkreis Gießen" (the parser conjoins none of the
 * items) (sentences written for these tests; parses in tests/fixtures/parses/bulleted-lists.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("bulleted-lists");

async function participants(text: string): Promise<string[]> {
  return (await facts(text, "participatesIn")).map(pair).sort();
}

describe("a bulleted list after a colon", () => {
  it("names every item", async () => {
    expect(
      await participants(
        "Das Projekt „Smart Region“ startet im Mai. Folgende Kommunen nehmen teil: • Stadt Kassel • Stadt Fulda • Landkreis Gießen",
      ),
    ).toEqual(["Fulda -> Smart Region", "Kassel -> Smart Region", "Landkreis Gießen -> Smart Region"]);
  });

  it("names no item of a list that no 'folgende' announces", async () => {
    expect(
      await participants(
        "Das Projekt „Smart Region“ startet im Mai. Die Stadt Kassel nimmt teil, sagte sie: • Stadt Fulda • Landkreis Gießen",
      ),
    ).toEqual(["Kassel -> Smart Region"]);
  });
});
