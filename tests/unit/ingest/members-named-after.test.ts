/**
 * Members named after the member noun and its body: "Die Vitako-Mitglieder Lecos und KISA
 * richteten die Versammlung aus", "Die Mitglieder der Vitako Lecos und KISA ..." (sentences written
 * for these tests; parses in tests/fixtures/parses/members-named-after.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("members-named-after");
const members = async (text: string) =>
  (await facts(text, "memberOf"))
    .filter((f) => f.confidence >= 0.7)
    .map(pair)
    .sort();

describe("members named after the member noun", () => {
  it("are members of the body named with the noun", async () => {
    expect(await members("Das Vitako-Mitglied Lecos richtete die Versammlung aus.")).toEqual([
      "Lecos -> Vitako",
    ]);
    expect(await members("Die Vitako-Mitglieder Lecos und KISA richteten die Versammlung aus.")).toEqual([
      "KISA -> Vitako",
      "Lecos -> Vitako",
    ]);
    expect(await members("Die Mitglieder der Vitako Lecos und KISA richteten die Versammlung aus.")).toEqual([
      "KISA -> Vitako",
      "Lecos -> Vitako",
    ]);
  });

  it("not where the names are only compared with them", async () => {
    expect(await members("Die Vitako-Mitglieder wie Lecos und KISA richteten die Versammlung aus.")).toEqual(
      [],
    );
  });
});

describe("welcomed into a body's ranks", () => {
  it("are its members, and no position of the body's", async () => {
    const text = "Vitako begrüßt Lecos und KISA in seinen Reihen.";
    expect(await members(text)).toEqual(["KISA -> Vitako", "Lecos -> Vitako"]);
    expect(await facts(text, "announces")).toEqual([]);
    expect(
      await members("Vitako freut sich, Lecos und KISA in den eigenen Reihen begrüßen zu dürfen."),
    ).toEqual(["KISA -> Vitako", "Lecos -> Vitako"]);
  });

  it("not welcomed in a place", async () => {
    expect(await members("Der Minister begrüßte Lecos und KISA in Berlin.")).toEqual([]);
  });
});
