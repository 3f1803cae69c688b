/**
 * An organisation a member belongs to, named by its kind noun and a quoted name ("des
 * Zweckverbands „Digitale Kommunen Brandenburg“"), or by a name whose last word the parser hung
 * apart ("des Zweckverbands Digitale Kommunen Brandenburg") (sentences written for these tests;
 * parses in tests/fixtures/parses/quoted-and-appended-names.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("quoted-and-appended-names");
const memberships = async (text: string) => (await facts(text, "memberOf")).map(pair);

describe("an organisation named after its kind noun", () => {
  it("by a quoted name", async () => {
    expect(
      await memberships("Die Stadt Cottbus ist Mitglied des Zweckverbands „Digitale Kommunen Brandenburg“."),
    ).toEqual(["Cottbus/Chóśebuz -> Zweckverband Digitale Kommunen Brandenburg"]);
  });

  it("by a name in full, its last word hung apart", async () => {
    expect(
      await memberships("Cottbus ist Mitglied des Zweckverbands Digitale Kommunen Brandenburg."),
    ).toEqual(["Cottbus/Chóśebuz -> Zweckverband Digitale Kommunen Brandenburg"]);
  });
});
