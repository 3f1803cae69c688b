/**
 * A goal stated by a speaker ("Ziel sei es, ..., sagte Anna Keller", also "Unser Ziel ..." and a
 * speaker the parser reads as the object) is announced by the speaker; a denied goal is none. An
 * intention's "zu" infinitive keeps its object where the parser reads it as a subject ("beabsichtigt,
 * ein Digitalgesetz vorzulegen") (sentences written for these tests; parses in
 * tests/fixtures/parses/goals-said-and-intentions.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("goals-said-and-intentions");
const announces = async (text: string) => (await facts(text, "announces")).map(pairOrText);

describe("a goal said", () => {
  it("is announced by the speaker", async () => {
    expect(
      await announces("Ziel sei es, bis 2027 alle Schulen mit WLAN auszustatten, sagte Anna Keller."),
    ).toEqual(["Anna Keller -> bis 2027 alle Schulen mit WLAN ausstatten"]);
    expect(
      await announces("Das Ziel ist es, alle Schulen mit WLAN auszustatten, erklärte die Stadt Kassel."),
    ).toEqual(["Kassel -> alle Schulen mit WLAN ausstatten"]);
  });

  it("denied, is no announcement", async () => {
    expect(await announces("Ziel sei es nicht, alle Schulen zu schließen, sagte Anna Keller.")).toEqual([]);
  });
});

describe("an intention's infinitive", () => {
  it("keeps the object the parser read as its subject", async () => {
    expect(
      await announces("Die Landesregierung von Hessen beabsichtigt, ein Digitalgesetz vorzulegen."),
    ).toEqual(["Hessen -> ein Digitalgesetz vorlegen"]);
  });
});
