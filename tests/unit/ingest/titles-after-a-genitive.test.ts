/**
 * A long title before a name: what the office is for may follow the genitive ("Beauftragter der
 * Landesregierung Sachsen-Anhalt für die Informationstechnik (CIO), ..."), and a second role with
 * its own phrase may stand between the comma and the name ("..., Staatssekretär im Ministerium für
 * Infrastruktur und Digitales Peter Maier") (sentences written for these tests; parses in
 * tests/fixtures/parses/titles-after-a-genitive.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("titles-after-a-genitive");

describe("a title before a name", () => {
  it("runs on over a purpose after the genitive and a second role's phrase", async () => {
    expect(
      (
        await offices(
          "Der Beauftragte der Landesregierung Sachsen-Anhalt für die Informationstechnik (CIO), Staatssekretär im Ministerium für Infrastruktur und Digitales Peter Maier, eröffnete die Tagung.",
        )
      ).sort(),
    ).toEqual([
      "Peter Maier -> Sachsen-Anhalt (Beauftragte)",
      "Peter Maier -> Sachsen-Anhalt (Staatssekretär)",
    ]);
  });

  it("gives the first role to the name after a second role with a place", async () => {
    expect(
      (
        await offices("Der CIO des Landes Hessen, Staatssekretär im Digitalministerium Anna Keller, sprach.")
      ).sort(),
    ).toEqual(["Anna Keller -> Hessen (CIO)", "Anna Keller -> Hessen (Staatssekretär)"]);
  });

  it("keeps a one-word second role", async () => {
    expect((await offices("Thüringens CIO, Staatssekretär Peter Kern, sprach.")).sort()).toEqual([
      "Peter Kern -> Thüringen (CIO)",
      "Peter Kern -> Thüringen (Staatssekretär)",
    ]);
  });
});
