/**
 * An office named with a bare remit after its role, which the parser makes the head of what
 * follows: "Jannik Stuhr, Projektleiter E-Government beim Landkreis Harburg", "Abteilungsleiterin
 * Digitalisierung und zentrale Projekte beim Kreis Helmstedt", or the copula's predicate ("X ist
 * Sachgebietsleiter Ausländerrecht im Landratsamt Fulda"); a second role is no remit (sentences
 * written for these tests; parses in tests/fixtures/parses/offices-with-a-remit.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("offices-with-a-remit");

describe("a role with a bare remit", () => {
  it("after a name and a comma, is the office of the authority named after the remit", async () => {
    expect(
      await offices("Das sagte Jannik Stuhr, Projektleiter E-Government beim Landkreis Harburg."),
    ).toEqual(["Jannik Stuhr -> Landkreis Harburg (Projektleiter)"]);
    expect(
      await offices(
        "Das sagte Dörthe Wilhelms, Abteilungsleiterin Digitalisierung und zentrale Projekte beim Kreis Helmstedt.",
      ),
    ).toEqual(["Dörthe Wilhelms -> Landkreis Helmstedt (Abteilungsleiterin)"]);
  });

  it("after a copula, is the office of the authority named after the remit", async () => {
    expect(
      await offices("Michael Schiller ist Sachgebietsleiter Ausländerrecht im Landratsamt Fulda."),
    ).toEqual(["Michael Schiller -> Landkreis Fulda (Sachgebietsleiter)"]);
  });

  it("is not a second role", async () => {
    expect(
      (await offices("Anna Keller, Staatssekretärin und CIO des Landes Hessen, sprach.")).sort(),
    ).toEqual(["Anna Keller -> Hessen (CIO)", "Anna Keller -> Hessen (Staatssekretärin)"]);
  });
});
