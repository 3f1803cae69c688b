/**
 * A role as the subject of "vertritt ... im Gremium" with its holder named in apposition is that
 * holder, also where an earlier sentence named someone the bare role could refer back to
 * (sentences written for these tests; parses in
 * tests/fixtures/parses/representatives-named-in-apposition.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("representatives-named-in-apposition");

describe("a representative named in apposition to a role", () => {
  it("is the member, not the one named before", async () => {
    expect(
      (
        await facts(
          "Im Jahr 2019 hatte die Freie Hansestadt Bremen den Vorsitz inne. Der Beauftragte der Landesregierung für die Informationstechnik (CIO), Staatssekretär im Ministerium für Infrastruktur und Digitales Bernd Schlömer, vertritt Sachsen-Anhalt im IT-Planungsrat.",
          "memberOf",
        )
      ).map(pair),
    ).toEqual(["Bernd Schlömer -> IT-Planungsrat"]);
  });

  it("while a bare role still refers back", async () => {
    expect(
      (
        await facts(
          "Bernd Schlömer ist Staatssekretär in Sachsen-Anhalt. Der Staatssekretär vertritt das Land im IT-Planungsrat.",
          "memberOf",
        )
      ).map(pair),
    ).toEqual(["Bernd Schlömer -> IT-Planungsrat"]);
  });
});
