/**
 * "Die studierte Juristin ist seit 2013 im Landtag vertreten", "Der gebürtige Kölner war zuvor
 * Referatsleiter im ...": a person described before being named again, where the parser reads
 * the describing participle as the clause's verb or the demonym as the predicate's adjective
 * (sentences written for these tests; parses in tests/fixtures/parses/people-described-again.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts, offices } = portalItems("people-described-again");

describe("a person described again", () => {
  it("by a participle holds the seat the clause states", async () => {
    const found = await facts(
      "Judith Gerlach ist Ministerin in Bayern. Die studierte Juristin ist seit 2013 im Bayerischen Landtag vertreten.",
      "memberOf",
    );
    expect(found.map(pair)).toEqual(["Judith Gerlach -> Bayerischer Landtag"]);
  });

  it("by a demonym holds the office the clause states", async () => {
    expect(
      await offices(
        "Paul Weber ist Minister in Bayern. Der gebürtige Kölner war zuvor Referatsleiter im Bundesministerium des Innern.",
      ),
    ).toEqual([
      "Paul Weber -> Bayern (Minister)",
      "Paul Weber -> Bundesministerium des Innern (Referatsleiter)",
    ]);
  });

  it("while a demonym before a name stays that name's", async () => {
    expect(
      await offices(
        "Paul Weber ist Minister in Bayern. Die gebürtige Kölnerin Lea Krämer war zuletzt Abteilungsleiterin im Bundesministerium des Innern.",
      ),
    ).toEqual([
      "Paul Weber -> Bayern (Minister)",
      "Lea Krämer -> Bundesministerium des Innern (Abteilungsleiterin)",
    ]);
  });
});
