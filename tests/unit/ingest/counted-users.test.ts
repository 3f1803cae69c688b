/**
 * Users counted before a colon: "Bisher nutzen erst zwei weitere Städte den Online-Dienst X: Lübeck
 * und Kiel" names the users after the colon (sentences written for these tests; parses in
 * tests/fixtures/parses/counted-users.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("counted-users");
const uses = async (text: string) => (await facts(text, "usesService")).map(pair).sort();

describe("users counted before a colon", () => {
  it("are the names after it", async () => {
    expect(
      await uses("Bisher nutzen erst zwei weitere Städte den Online-Dienst „eWA“: Lübeck und Kiel."),
    ).toEqual(["OZG-Leistung Wohnsitzanmeldung -> Kiel", "OZG-Leistung Wohnsitzanmeldung -> Lübeck"]);
  });

  it("are so for participants too", async () => {
    const text = "Drei Kommunen beteiligen sich am Projekt „Digitale Dörfer“: Lübeck, Kiel und Flensburg.";
    expect((await facts(text, "participatesIn")).map(pair).sort()).toEqual([
      "Flensburg -> Digitale Dörfer",
      "Kiel -> Digitale Dörfer",
      "Lübeck -> Digitale Dörfer",
    ]);
  });
});
