/**
 * A Land's own council named like a national one is a body of that Land, not the national body
 * (sentences written for these tests; parses in tests/fixtures/parses/land-bodies.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("land-bodies");

describe("a council named after a Land's adjective", () => {
  it("is the Land's own council, named in the nominative", async () => {
    const chairs = await facts(
      "Vorsitzender des Sächsischen Normenkontrollrates ist Michael Czupalla.",
      "chairs",
    );
    expect(chairs.map(pair)).toEqual(["Michael Czupalla -> Sächsischer Normenkontrollrat"]);
    expect(chairs[0]!.object!.id).not.toBe("normenkontrollrat");
  });

  it("leaves the national council and the IT-Planungsrat of Bund and Länder themselves", async () => {
    const chairs = await facts("Bayern übernimmt den Vorsitz im IT-Planungsrat.", "chairs");
    expect(chairs.map((f) => f.object!.id)).toEqual(["it-planungsrat"]);
  });
});

describe("an organisation's name", () => {
  it("ends before a second role or a membership joined by 'und'", async () => {
    const offices = await facts(
      "Julia Kloiber ist Geschäftsführerin von Superrr Lab und Mitglied im Beirat.",
      "holdsOffice",
    );
    expect(offices.map(pair)).toEqual(["Julia Kloiber -> Superrr Lab"]);
  });
});
