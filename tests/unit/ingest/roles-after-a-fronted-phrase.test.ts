/**
 * "Seit 2015 ist Tobias Reiter Staatssekretär im Innenministerium": after a fronted phrase the
 * parser may read the role as one more part of the name before it, and the model may tag the
 * surname nothing; the role is still the predicate and the name the holder's (sentences written
 * for these tests; parses in tests/fixtures/parses/roles-after-a-fronted-phrase.json).
 */
import { describe, expect, it } from "vitest";
import { destination, office, portalItems } from "../../helpers/portal-item.js";

const { facts, offices } = portalItems("roles-after-a-fronted-phrase");

describe("a role after a fronted phrase", () => {
  it("is the office of the name before it", async () => {
    expect(
      await offices(
        "Seit 2015 ist Tobias Reiter Staatssekretär im Bayerischen Staatsministerium des Innern.",
      ),
    ).toEqual(["Tobias Reiter -> Bayern (Staatssekretär)"]);
    expect(
      await offices("Zuvor war Tobias Reiter Staatssekretär im Bayerischen Staatsministerium des Innern."),
    ).toEqual(["Tobias Reiter -> Bayern (Staatssekretär)"]);
  });

  it("is read from the parse, sure enough for the graph", async () => {
    const found = await facts("Berlin - Seit 2015 ist Anna Keller CIO des Landes Hessen.", "holdsOffice");
    expect(found.map((f) => `${office(f)} ${destination(f)}`)).toEqual(["Anna Keller -> Hessen (CIO) graph"]);
  });
});
