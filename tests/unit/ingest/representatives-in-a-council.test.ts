/**
 * "X ist Vorsitzender im IT-Kooperationsrat und dessen Vertreter im IT-Planungsrat": a
 * representative in a known council sits in it (memberOf), and a second predicate after the chair
 * is no part of the chair (sentences written for these tests; parses in
 * tests/fixtures/parses/representatives-in-a-council.json).
 */
import { describe, expect, it } from "vitest";
import { office, pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("representatives-in-a-council");
const members = async (text: string) => (await facts(text, "memberOf")).map(pair);
const chairs = async (text: string) => (await facts(text, "chairs")).map(pair);

describe("representatives in a council", () => {
  const chairAndSeat =
    "Bernd Schlömer ist Vorsitzender im IT-Kooperationsrat des Landes und dessen Vertreter im IT-Planungsrat.";

  it("sit in it, and chair only the council the chair is named with", async () => {
    expect(await members(chairAndSeat)).toEqual(["Bernd Schlömer -> IT-Planungsrat"]);
    expect(await chairs(chairAndSeat)).not.toContain("Bernd Schlömer -> IT-Planungsrat");
  });

  it("as a member conjoined with a chair", async () => {
    const text = "Bernd Schlömer ist Vorsitzender im IT-Kooperationsrat und Mitglied im IT-Planungsrat.";
    expect(await members(text)).toEqual(["Bernd Schlömer -> IT-Planungsrat"]);
    expect(await chairs(text)).not.toContain("Bernd Schlömer -> IT-Planungsrat");
  });

  it("named in apposition", async () => {
    expect(
      await members(
        "Bernd Schlömer, Vertreter Sachsen-Anhalts im IT-Planungsrat, sprach über die Registermodernisierung.",
      ),
    ).toEqual(["Bernd Schlömer -> IT-Planungsrat"]);
  });

  it("named in an apposition conjoined with a chair", async () => {
    expect(
      await members(
        "Anna Keller, Vorsitzende des IT-Kooperationsrats und Vertreterin des Landes im IT-Planungsrat, sprach in Berlin.",
      ),
    ).toEqual(["Anna Keller -> IT-Planungsrat"]);
  });

  it("in each council the verb names", async () => {
    expect(
      await members(
        "Anna Keller vertritt Hessen seit 2021 im IT-Planungsrat und in der Digitalministerkonferenz.",
      ),
    ).toEqual(["Anna Keller -> IT-Planungsrat", "Anna Keller -> Digitalministerkonferenz"]);
  });

  it("chair the council a possessive refers to", async () => {
    expect(
      await chairs(
        "Anna Keller ist seit 2020 Mitglied des IT-Planungsrats und seit 2022 dessen Vorsitzende.",
      ),
    ).toEqual(["Anna Keller -> IT-Planungsrat"]);
  });

  it("a state secretary holds no office of the council the parser hangs on her role", async () => {
    const text =
      "Anna Keller, Staatssekretärin im Innenministerium und Vertreterin des Landes im IT-Planungsrat, sprach in Berlin.";
    expect((await facts(text, "holdsOffice")).map(office)).not.toContain(
      "Anna Keller -> IT-Planungsrat (Staatssekretärin)",
    );
  });

  it("a member after an office holds no office of the council", async () => {
    const text = "Anna Keller ist Staatssekretärin und Mitglied im IT-Planungsrat.";
    expect(await members(text)).toEqual(["Anna Keller -> IT-Planungsrat"]);
    expect((await facts(text, "holdsOffice")).map(office)).not.toContain(
      "Anna Keller -> IT-Planungsrat (Staatssekretärin)",
    );
  });

  it("not where no longer a representative, nor without a council", async () => {
    expect(await members("Anna Keller ist nicht mehr Vertreterin des Landes im IT-Planungsrat.")).toEqual([]);
    expect(await members("Anna Keller ist Vertreterin der Kommunen.")).toEqual([]);
  });

  it("while a remit conjoined after a role stays the role's", async () => {
    expect(
      (
        await facts(
          "Anna Lenz ist Abteilungsleiterin Digitalisierung und zentrale Projekte beim Kreis Helmstedt.",
          "holdsOffice",
        )
      ).map(pair),
    ).toEqual(["Anna Lenz -> Landkreis Helmstedt"]);
  });
});
