/**
 * "Bund" opening an association's name ("Bund Freier Berufe", "Bund der Steuerzahler") names no
 * mention of the Bund (sentences written for these tests; parses in
 * tests/fixtures/parses/associations-named-bund.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("associations-named-bund");
const actors = async (text: string) =>
  (await facts(text, ["participatesIn", "funds", "announces"])).map((f) => f.subject.name);

describe("an association named 'Bund ...'", () => {
  it("is not the Bund", async () => {
    expect(await actors("Der Bund Freier Berufe nimmt am Projekt ELFE teil.")).not.toContain("Bund");
    expect(
      await actors("Der Bund der Steuerzahler fordert mehr Tempo bei der Digitalisierung."),
    ).not.toContain("Bund");
  });

  it("while the Bund itself stays the Bund", async () => {
    expect(await actors("Der Bund fördert das Projekt ELFE mit 2 Millionen Euro.")).toEqual(["Bund"]);
    expect(await actors("Bund und Länder fördern das Projekt ELFE.")).toContain("Bund");
  });
});
