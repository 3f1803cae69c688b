/**
 * The head of a unit of a town's or county's administration, the unit named by its task alone
 * ("Leiter des Hauptamts", "Digitalisierungsbeauftragte des Landratsamts"), holds an office of the
 * town or county named before; a role named in the plural is each holder's in the singular
 * (sentences written for these tests; parses in
 * tests/fixtures/parses/units-of-places-named-before.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("units-of-places-named-before");

describe("a unit of a town's administration", () => {
  it("is the town's named before", async () => {
    expect(
      await offices("Die Stadt Olpe digitalisiert. Georg Schnüttgen, Leiter des Hauptamts, erläutert das."),
    ).toEqual(["Georg Schnüttgen -> Olpe (Leiter)"]);
  });

  it("and a county's office the county's", async () => {
    expect(
      await offices(
        "Der Landkreis Fulda digitalisiert. Anna Keller, Leiterin der Kreisverwaltung, erläutert das.",
      ),
    ).toEqual(["Anna Keller -> Landkreis Fulda (Leiterin)"]);
  });

  it("of no Land where no town or county was named", async () => {
    expect(
      await offices("Bayern digitalisiert. Georg Schnüttgen, Leiter des Hauptamts, erläutert das."),
    ).toEqual([]);
  });
});

describe("a role named in the plural", () => {
  it("is each holder's office in the singular", async () => {
    expect(
      await offices(
        "Begleitet wurde der Minister von den beiden neuen Parlamentarischen Staatssekretären Philipp Amthor und Thomas Jarzombek im Bund.",
      ),
    ).toEqual(["Philipp Amthor -> Bund (Staatssekretär)", "Thomas Jarzombek -> Bund (Staatssekretär)"]);
  });
});
