/**
 * An office read from the word order where the parser takes the role for part of a name: a new
 * holder with an adjective before the role ("Seit 20. März ist Horst Baier neuer CIO ..."), and a
 * successor named with his predecessor before the role ("wurde Mitte Januar 2014 als Nachfolger von
 * X Bayern-CIO", also in a relative clause the copula closes). The role right after the
 * predecessor's name is both men's (sentences written for these tests; parses in
 * tests/fixtures/parses/offices-beside-adjectives-and-predecessors.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("offices-beside-adjectives-and-predecessors");

describe("an office beside an adjective or a predecessor", () => {
  it("is held where an adjective stands between the name and the role", async () => {
    expect(await offices("Seit 20. März ist Horst Baier neuer CIO des Landes Niedersachsen.")).toEqual([
      "Horst Baier -> Niedersachsen (CIO)",
    ]);
  });

  it("is held by the successor and the predecessor named before the role", async () => {
    expect(
      (
        await offices(
          "Markus Söder wurde Mitte Januar 2014 als Nachfolger von Franz Josef Pschierer Bayern-CIO.",
        )
      ).sort(),
    ).toEqual(["Franz Josef Pschierer -> Bayern (Bayern-CIO)", "Markus Söder -> Bayern (Bayern-CIO)"]);
  });

  it("is held by the one a relative clause closed by the copula speaks of", async () => {
    expect(
      (
        await offices(
          "Neu in der Runde ist der Jurist Markus Söder (CSU), der Mitte Januar 2014 als Nachfolger von Franz Josef Pschierer Bayern-CIO wurde.",
        )
      ).sort(),
    ).toEqual(["Franz Josef Pschierer -> Bayern (Bayern-CIO)", "Markus Söder -> Bayern (Bayern-CIO)"]);
  });

  it("is no office where the sentence denies it", async () => {
    expect(await offices("Es ist nicht Horst Baier neuer CIO des Landes Niedersachsen.")).toEqual([]);
  });
});
