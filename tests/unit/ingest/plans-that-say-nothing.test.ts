/**
 * An announcement needs a plan: "wollen bis Ende des Jahres nachziehen" names a time and a verb
 * and nothing planned, "kündigte seinen Abschied an" a person's leaving (sentences written for
 * these tests; parses in tests/fixtures/parses/plans-that-say-nothing.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("plans-that-say-nothing");
const announcements = async (text: string) => (await facts(text, "announces")).map(pairOrText);

describe("a plan that says nothing", () => {
  it("is no announcement: a time and a verb, a departure", async () => {
    expect(
      await announcements("Thüringen, Bremen und Rheinland-Pfalz wollen bis Ende des Jahres nachziehen."),
    ).toEqual([]);
    expect(await announcements("Der Vorsitzende Marc Böttcher kündigte seinen Abschied an.")).toEqual([]);
  });

  it("while a plan that names what is planned stays one", async () => {
    expect(
      await announcements("Thüringen will bis Ende des Jahres alle Leistungen online anbieten."),
    ).toEqual(["Thüringen -> bis Ende des Jahres alle Leistungen online anbieten"]);
  });
});
