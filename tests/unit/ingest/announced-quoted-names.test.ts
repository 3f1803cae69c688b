/**
 * An announced "zu" infinitive clause whose object carries a quoted name ending in an adjective
 * ("das Portal „Hessen digital“ auszubauen"), which the parser may read as the clause's head with
 * the object as its subject (sentences written for these tests; parses in
 * tests/fixtures/parses/announced-quoted-names.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("announced-quoted-names");
const announcements = async (text: string) => (await facts(text, "announces")).map(pairOrText);

describe("an announced plan with a quoted name", () => {
  it("keeps the object and its whole name", async () => {
    expect(
      await announcements(
        "Die hessische Digitalministerin Kristina Sinemus kündigte an, das Portal „Hessen digital“ bis 2026 auszubauen.",
      ),
    ).toEqual(["Kristina Sinemus -> das Portal Hessen digital bis 2026 ausbauen"]);
  });

  it("while a plain object stays as it was", async () => {
    expect(
      await announcements(
        "Die hessische Digitalministerin Kristina Sinemus kündigte an, das Portal bis 2026 auszubauen.",
      ),
    ).toEqual(["Kristina Sinemus -> das Portal bis 2026 ausbauen"]);
  });
});
