/**
 * People named in both forms ("von 15.000 Bürgerinnen und Bürgern genutzt") are one group of
 * users, counted or not (sentences written for these tests; parses in
 * tests/fixtures/parses/people-in-both-forms.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("people-in-both-forms");
const users = async (text: string) =>
  (await facts(text, "usesService")).map((f) => `${pairOrText(f)}${f.count ? ` (${f.count})` : ""}`);

describe("people named in both forms", () => {
  it("are one group of users, with their count", async () => {
    expect(
      await users("Die elektronische Wohnsitzanmeldung wurde von 15.000 Bürgerinnen und Bürgern genutzt."),
    ).toEqual(["OZG-Leistung Wohnsitzanmeldung -> Bürgerinnen und Bürger (15000)"]);
  });

  it("are one group of users uncounted, with the words before them", async () => {
    expect(
      await users(
        "Die elektronische Wohnsitzanmeldung wurde von den Hamburger Bürgerinnen und Bürgern sofort rege genutzt.",
      ),
    ).toEqual(["OZG-Leistung Wohnsitzanmeldung -> Hamburger Bürgerinnen und Bürger"]);
  });

  it("leave other uncounted nouns alone", async () => {
    expect(
      await users(
        "Die elektronische Wohnsitzanmeldung wurde von den Mitarbeiterinnen und Mitarbeitern genutzt.",
      ),
    ).toEqual([]);
  });
});
