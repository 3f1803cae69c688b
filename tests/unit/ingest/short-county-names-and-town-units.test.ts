/**
 * A county the register names with its region in parentheses, named without it ("Landkreis
 * Rotenburg" for "Rotenburg (Wümme)"), and a unit named by its remit alone in a sentence that
 * named its county before ("Der Landkreis X geht das an, wie Y, Leiter der Stabsstelle
 * Digitalisierung, erläutert")
 * (sentences written for these tests; parses in tests/fixtures/parses/short-county-names-and-town-units.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("short-county-names-and-town-units");

describe("a county named without its region", () => {
  it("is the county of the register", async () => {
    expect(
      await offices(
        "Der Landkreis Rotenburg nimmt die Digitalisierung ernst. Das sagt Landrat Hermann Luttmann (CDU).",
      ),
    ).toEqual(["Hermann Luttmann -> Landkreis Rotenburg (Wümme) (Landrat)"]);
    expect(await offices("Das sagt Tobias Meier, Landrat des Landkreises Nienburg.")).toEqual([
      "Tobias Meier -> Landkreis Nienburg (Weser) (Landrat)",
    ]);
  });
});

describe("a unit named by its remit alone", () => {
  it("is of the county the sentence named before", async () => {
    expect(
      await offices(
        "Der Landkreis Marburg-Biedenkopf geht das an, wie Ralf Laumer, Leiter der Stabsstelle Digitalisierung, erläutert.",
      ),
    ).toEqual(["Ralf Laumer -> Landkreis Marburg-Biedenkopf (Leiter)"]);
  });

  it("not where its owner is named with it", async () => {
    expect(
      await offices(
        "Im Landkreis Fulda sagt Ralf Laumer, Leiter der Stabsstelle Digitalisierung der FITKO, das Folgende.",
      ),
    ).toEqual(["Ralf Laumer -> FITKO (Leiter)"]);
  });
});
