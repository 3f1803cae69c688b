/**
 * Chairs in two more shapes: bodies listed "beziehungsweise" after their holders, each holder
 * chairing the body in its place ("A und B sitzen 2026 dem IT-Planungsrat beziehungsweise der
 * Digitalministerkonferenz vor"), and the chair country with its body put first ("Bei der
 * Digitalministerkonferenz ist Hamburg Vorsitzland": the parser hangs the Land on the noun
 * without a case) (sentences written for these tests; parses in
 * tests/fixtures/parses/chairs-respective-and-fronted.json).
 */
import { describe, expect, it } from "vitest";
import { destination, pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("chairs-respective-and-fronted");
const chairs = async (text: string) => (await facts(text, "chairs")).map(pair).sort();

describe("bodies listed 'beziehungsweise'", () => {
  it("are chaired each by the holder in its place", async () => {
    expect(
      await chairs(
        "Luise Hölscher und Jan Pörksen sitzen 2026 dem IT-Planungsrat beziehungsweise der Digitalministerkonferenz vor.",
      ),
    ).toEqual(["Jan Pörksen -> Digitalministerkonferenz", "Luise Hölscher -> IT-Planungsrat"]);
  });

  it("one holder chairs the one body", async () => {
    expect(await chairs("Anna Lenz sitzt dem IT-Planungsrat vor.")).toEqual(["Anna Lenz -> IT-Planungsrat"]);
  });
});

describe("the chair country", () => {
  it("with its body put first, chairs it, sure enough to need no review", async () => {
    const found = await facts("Bei der Digitalministerkonferenz ist Hamburg Vorsitzland.", "chairs");
    expect(found.map((f) => `${pair(f)} (${destination(f)})`)).toEqual([
      "Hamburg -> Digitalministerkonferenz (graph)",
    ]);
  });
});
