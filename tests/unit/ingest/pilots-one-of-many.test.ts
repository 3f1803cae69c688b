/**
 * A pilot named "als eine von vier Pilotkommunen", with the service it offers after a particle at
 * the clause's end (the parser hangs the many on the verb and reads the particle as a preposition)
 * (sentences written for these tests; parses in tests/fixtures/parses/pilots-one-of-many.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("pilots-one-of-many");
const sentence =
  "Als eine von vier Pilotkommunen in Mecklenburg-Vorpommern bietet die Stadt Rostock ab sofort die elektronische Wohnsitzanmeldung an.";

describe("one of several pilots", () => {
  it("takes part in the service it offers", async () => {
    expect((await facts(sentence, "participatesIn")).map(pair)).toEqual([
      "Rostock -> OZG-Leistung Wohnsitzanmeldung",
    ]);
  });

  it("uses it", async () => {
    expect((await facts(sentence, "usesService")).map(pair)).toEqual([
      "OZG-Leistung Wohnsitzanmeldung -> Rostock",
    ]);
  });
});
