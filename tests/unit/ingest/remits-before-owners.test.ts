/**
 * A remit between the role and its owner: "Generalbevollmächtigter für Informationstechnologie der
 * Bundesagentur für Arbeit" is an office of the agency the parser hangs on the remit (sentences
 * written for these tests; parses in tests/fixtures/parses/remits-before-owners.json).
 */
import { describe, expect, it } from "vitest";
import { office, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("remits-before-owners");
const offices = async (text: string) => (await facts(text, "holdsOffice")).map(office).sort();

describe("an owner named after the role's remit", () => {
  it("owns the office after the holder's name", async () => {
    expect(
      await offices(
        "Klaus Vitt, Generalbevollmächtigter für Informationstechnologie der Bundesagentur für Arbeit, sprach zuerst.",
      ),
    ).toEqual([
      "Klaus Vitt -> Bundesagentur für Arbeit (Generalbevollmächtigter für Informationstechnologie)",
    ]);
  });

  it("owns the office before the holder's name", async () => {
    expect(
      await offices(
        "Der Generalbevollmächtigte für Informationstechnologie der Bundesagentur für Arbeit, Klaus Vitt, sprach zuerst.",
      ),
    ).toEqual([
      "Klaus Vitt -> Bundesagentur für Arbeit (Generalbevollmächtigte für Informationstechnologie)",
    ]);
  });

  it("is the town, not its Land, for a town's commissioner", async () => {
    expect(
      await offices("Anke Müller, Beauftragte für Digitalisierung der Stadt Köln, sprach zuerst."),
    ).toEqual(["Anke Müller -> Köln (Beauftragte für Digitalisierung)"]);
  });
});
