/**
 * A role in a programme: "zählen zu den Gewinnern des Wettbewerbs „Modellprojekte Smart Cities“"
 * names a programme, which no one takes part in; the role is then no role in the project the item
 * named before either (sentences written for these tests; parses in
 * tests/fixtures/parses/roles-in-programmes.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("roles-in-programmes");
const participations = async (text: string) => (await facts(text, "participatesIn")).map(pair).sort();

describe("winners of a programme", () => {
  it("take part in no project the item named before", async () => {
    expect(
      await participations(
        "Die Stadt Kassel nutzt den Online-Dienst „Wohngeld digital“. Der Landkreis Gießen und der Kreis Bergstraße zählen zu den Gewinnern des Wettbewerbs „Modellprojekte Smart Cities“.",
      ),
    ).toEqual([]);
  });

  it("take part in a competition that is no programme", async () => {
    expect(
      await participations("Der Landkreis Gießen zählt zu den Gewinnern des Wettbewerbs „Digitale Orte“."),
    ).toEqual(["Landkreis Gießen -> Digitale Orte"]);
  });
});
