/**
 * A seat in a parliament is a membership, not an office: the Bundestag for a member of the
 * Bundestag, the Landtag of the Land the role or the sentence names for a member of a Landtag; a
 * Land's adjective before a seat in the Bundestag says where the member comes from
 * (sentences written for these tests; parses in tests/fixtures/parses/parliament-seats.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts, offices } = portalItems("parliament-seats");

async function memberships(text: string): Promise<string[]> {
  return (await facts(text, "memberOf")).map(pair);
}

describe("a member of the Bundestag", () => {
  it("is a member of the Bundestag, and holds no office there", async () => {
    const text =
      "Die frühere sächsische SPD-Bundestagsabgeordnete Lena Hartwig wird Gleichstellungsbeauftragte.";
    expect(await memberships(text)).toEqual(["Lena Hartwig -> Deutscher Bundestag"]);
    expect((await offices(text)).filter((o) => o.includes("Bundestag"))).toEqual([]);
  });
});

describe("a Land's adjective before a seat in the Bundestag", () => {
  it("says where the member comes from, not which Land a later 'des Freistaats' means", async () => {
    expect(
      await offices(
        "Die Thüringer Landesregierung hat neue Beauftragte ernannt. Die frühere sächsische SPD-Bundestagsabgeordnete Lena Hartwig wird neue Gleichstellungsbeauftragte des Freistaats.",
      ),
    ).toEqual(["Lena Hartwig -> Thüringen (Gleichstellungsbeauftragte)"]);
  });
});

describe("a member of a Landtag", () => {
  it("sits in the Landtag of the Land the role's adjective names", async () => {
    expect(
      await memberships("Der sächsische CDU-Landtagsabgeordnete Peter Krause kritisierte den Plan."),
    ).toEqual(["Peter Krause -> Sächsischer Landtag"]);
  });

  it("sits in the Landtag of the one Land the sentence names", async () => {
    expect(
      await memberships(
        "Die frühere Landtagsabgeordnete Maria Lenz wird Finanz-Staatssekretärin im Saarland.",
      ),
    ).toEqual(["Maria Lenz -> Landtag des Saarlandes"]);
  });
});
