/**
 * An organisation the reference data does not know, named later by the abbreviation the item
 * introduced it with, is one entity by its full name; a party after a person's name introduces no
 * abbreviation. `introducedNames` is pure; the item test uses the parses in
 * tests/fixtures/parses/abbreviated-names.json.
 */
import { describe, expect, it } from "vitest";
import { introducedNames } from "../../../src/ingest/facts/abbreviated-names.js";
import { office, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("abbreviated-names");

describe("abbreviations an item introduces", () => {
  it("are read with the full name before them, in the nominative", () => {
    const names = introducedNames(
      "Die Versammlung des Kommunalen Rechenzentrums Niederrhein (KRZN) tagte. Die Koordinierungsstelle für IT-Standards (KoSIT) hat die Aufgabe. Sein Vorgänger Christian Gaebler (SPD) trat ab.",
    );
    expect([...names]).toEqual([
      ["KRZN", "Kommunales Rechenzentrum Niederrhein"],
      ["KoSIT", "Koordinierungsstelle für IT-Standards"],
    ]);
  });

  it("name the organisation by its full name where a fact names it by the abbreviation", async () => {
    const offices = (
      await facts(
        "Die Versammlung des Kommunalen Rechenzentrums Niederrhein (KRZN) tagte in Moers. Anna Kern ist Verbandsvorsteherin des KRZN.",
        "holdsOffice",
      )
    ).map(office);
    expect(offices).toContain("Anna Kern -> Kommunales Rechenzentrum Niederrhein (Verbandsvorsteherin)");
  });
});
