/**
 * A holder named after a long role phrase that opens the sentence: the place of the office may
 * follow what it is for ("Generalbevollmächtigte für Informationstechnik und Organisation in der
 * Zentrale der Bundesagentur für Arbeit (BA), Anna Keller"), the parenthesis abbreviates the known
 * organisation right before it (not "Zentrale der Bundesagentur für Arbeit"), and the predicate's
 * roles are held by whoever holds the role that is the subject ("... soll Staatssekretär ... und
 * IT-Beauftragter der Bundesregierung werden") (sentences written for these tests; parses in
 * tests/fixtures/parses/subjects-named-by-their-role.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("subjects-named-by-their-role");

const SENTENCE =
  "Der Generalbevollmächtigte für Informationstechnik und Organisation in der Zentrale der Bundesagentur für Arbeit (BA), Anna Keller (58) soll Staatssekretärin im Bundesministerium der Finanzen werden.";

describe("a holder named after the role that is the subject", () => {
  it("holds the subject's role, in the organisation the parenthesis abbreviates", async () => {
    expect(await offices(SENTENCE)).toContain(
      "Anna Keller -> Bundesagentur für Arbeit (Generalbevollmächtigte für Informationstechnik und Organisation)",
    );
  });

  it("holds the predicate's roles too", async () => {
    const held = await offices(
      "Der Abteilungsleiter für Informationstechnik und Organisation in der Zentrale der Bundesagentur für Arbeit (BA), Peter Maier (61) soll Staatssekretär im Bundesministerium des Innern und IT-Beauftragter der Bundesregierung werden.",
    );
    expect(held.filter((o) => !o.includes("Abteilungsleiter")).sort()).toEqual([
      "Peter Maier -> Bund (IT-Beauftragter)",
      "Peter Maier -> Bundesministerium des Innern (Staatssekretär)",
    ]);
  });

  it("keeps a known abbreviation's organisation", async () => {
    expect(
      await offices(
        "Der Geschäftsführer der Kommunalen Informationsverarbeitung Sachsen (KISA), Andreas Bitter, sprach.",
      ),
    ).toEqual(["Andreas Bitter -> KISA (Geschäftsführer)"]);
  });
});
