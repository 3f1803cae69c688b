/**
 * A pilot's role the parser glues to the name before it ("neben der Stadt Trier Pilotkommune",
 * "der Kreis Cochem-Zell Pilotkommune"): the names up that chain and the copula's subject hold it
 * (sentences written for these tests; parses in tests/fixtures/parses/roles-glued-to-a-name.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("roles-glued-to-a-name");
const participations = async (text: string) => (await facts(text, "participatesIn")).map(pair).sort();

describe("a role glued to a name", () => {
  it("is held by the names before it and by the copula's subject", async () => {
    const both = ["Landkreis Cochem-Zell -> OZG-Leistung Bauantrag", "Trier -> OZG-Leistung Bauantrag"];
    expect(
      await participations(
        "Der Kreis Cochem-Zell ist neben der Stadt Trier Pilotkommune für den digitalen Bauantrag.",
      ),
    ).toEqual(both);
    expect(
      await participations(
        "Bei dem digitalen Bauantrag sei neben der Stadt Trier auch der Kreis Cochem-Zell Pilotkommune, sagte eine Sprecherin.",
      ),
    ).toEqual(both);
    expect(
      await participations(
        "Beim digitalen Bauantrag sind die Stadt Trier und der Kreis Cochem-Zell Pilotkommunen.",
      ),
    ).toEqual(both);
  });

  it("not where the clause denies it", async () => {
    expect(
      await participations(
        "Der Kreis Cochem-Zell ist neben der Stadt Trier nicht Pilotkommune für den digitalen Bauantrag.",
      ),
    ).toEqual([]);
  });

  it("while a role the parser reads as the predicate stays read that way", async () => {
    expect(await participations("Die Stadt Trier ist Pilotkommune für den digitalen Bauantrag.")).toEqual([
      "Trier -> OZG-Leistung Bauantrag",
    ]);
  });
});
