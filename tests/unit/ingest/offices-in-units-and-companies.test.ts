/**
 * Offices whose owner is named a step away: a unit led at an institution ("leitet die Professur
 * für Stadtplanung an der Universität Kassel": the university's; not a session led there) and a
 * company named after its kind noun in the genitive ("Geschäftsführerin des IT-Dienstleisters
 * Q-Soft") (sentences written for these tests; parses in
 * tests/fixtures/parses/offices-in-units-and-companies.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("offices-in-units-and-companies");

describe("a unit led at an institution", () => {
  it("is an office of the institution", async () => {
    expect(
      await offices("Barbara Schönig leitet die Professur für Stadtplanung an der Universität Kassel."),
    ).toEqual(["Barbara Schönig -> Universität Kassel (Leitung)"]);
    expect(
      await offices("Anna Keller leitet den Lehrstuhl für Verwaltungsinformatik an der Universität Potsdam."),
    ).toEqual(["Anna Keller -> Universität Potsdam (Leitung)"]);
  });

  it("is no office where what is led is no unit", async () => {
    expect(await offices("Barbara Schönig leitet die Sitzung an der Universität Kassel.")).toEqual([]);
  });
});

describe("a company named after its kind noun", () => {
  it("in the genitive owns the role", async () => {
    expect(await offices("Anna Roth, Geschäftsführerin des IT-Dienstleisters Q-Soft, sagte das.")).toEqual([
      "Anna Roth -> Q-Soft (Geschäftsführerin)",
    ]);
  });
});
