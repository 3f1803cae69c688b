/**
 * Taking part together: "Der Landkreis Cochem-Zell nimmt gemeinsam mit der Stadt Cochem am
 * Pilotprojekt ... teil" has both take part (sentences written for these tests; parses in
 * tests/fixtures/parses/taking-part-together.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("taking-part-together");
const participants = async (text: string) => (await facts(text, "participatesIn")).map(pair).sort();

describe("taking part together with another", () => {
  it("has the other take part too", async () => {
    expect(
      await participants(
        "Der Landkreis Cochem-Zell nimmt gemeinsam mit der Stadt Cochem am Pilotprojekt „Modellkommune E-Government“ teil.",
      ),
    ).toEqual([
      "Cochem -> Modellkommune E-Government",
      "Landkreis Cochem-Zell -> Modellkommune E-Government",
    ]);
    expect(
      await participants(
        "Der Landkreis Cochem-Zell wirkte gemeinsam mit der Stadt Cochem beim Pilotprojekt „Modellkommune E-Government“ mit.",
      ),
    ).toEqual([
      "Cochem -> Modellkommune E-Government",
      "Landkreis Cochem-Zell -> Modellkommune E-Government",
    ]);
  });

  it("not one met or spoken with", async () => {
    expect(
      await participants(
        "Der Landkreis Cochem-Zell nimmt am Pilotprojekt „Modellkommune E-Government“ teil, sagte er mit Blick auf die Stadt Cochem.",
      ),
    ).toEqual(["Landkreis Cochem-Zell -> Modellkommune E-Government"]);
  });
});
