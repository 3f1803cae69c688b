/**
 * Places listed after their kind in the plural ("die Landkreise Celle und Diepholz", "den Kreisen
 * Ebersberg, Hof und Neustadt an der Waldnaab", "die Länder Hessen und Bayern") are each the place
 * of that kind, every one of them an actor; and a project's name hung on its noun by any label
 * still names it. Sentences written for these tests (parses in tests/fixtures/parses/kind-lists.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("kind-lists");

const pairs = async (text: string, type: "participatesIn" | "memberOf" | "usesService") =>
  (await facts(text, type)).map(pair);

describe("places listed after their kind in the plural", () => {
  it("are the counties, not the towns of the same name", async () => {
    expect(
      await pairs(
        "Die Landkreise Celle und Diepholz beteiligen sich an dem Projekt civento.",
        "participatesIn",
      ),
    ).toEqual(["Landkreis Celle -> civento", "Landkreis Diepholz -> civento"]);
  });

  it("are each a member, a county named in several words included", async () => {
    expect(
      await pairs(
        "Der Normenkontrollrat setzt sich aus den Kreisen Groß-Gerau, Hof und Neustadt an der Waldnaab zusammen.",
        "memberOf",
      ),
    ).toEqual([
      "Landkreis Groß-Gerau -> Nationaler Normenkontrollrat",
      "Landkreis Hof -> Nationaler Normenkontrollrat",
      "Landkreis Neustadt a.d.Waldnaab -> Nationaler Normenkontrollrat",
    ]);
  });

  it("are every Land the plural noun lists, where the parser hangs only the first on it", async () => {
    expect(
      await pairs("An dem Projekt civento beteiligen sich die Länder Hessen und Bayern.", "participatesIn"),
    ).toEqual(["Hessen -> civento", "Bayern -> civento"]);
  });
});
