/**
 * A law or a draft passing a body: "Das Onlinezugangsgesetz passierte am Freitag den Bundesrat",
 * "Der Entwurf des E-Government-Gesetzes passierte das Kabinett in Sachsen-Anhalt" (sentences
 * written for these tests; parses in tests/fixtures/parses/laws-passing-a-body.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("laws-passing-a-body");
const adoptions = async (text: string) => (await facts(text, "adopts")).map(pairOrText).sort();

describe("a law that passes a body", () => {
  it("is adopted by the body", async () => {
    expect(await adoptions("Das Onlinezugangsgesetz passierte am Freitag den Bundesrat.")).toEqual([
      "Bundesrat -> Onlinezugangsgesetz",
    ]);
    expect(await adoptions("Das E-Government-Gesetz hat den Landtag Nordrhein-Westfalen passiert.")).toEqual([
      "Landtag Nordrhein-Westfalen -> E-Government-Gesetz",
    ]);
  });

  it("by the Land whose cabinet it passes", async () => {
    expect(
      await adoptions(
        "Der Entwurf des E-Government-Gesetzes passierte am Dienstag das Kabinett in Sachsen-Anhalt.",
      ),
    ).toEqual(["Sachsen-Anhalt -> Entwurf des E-Government-Gesetzes"]);
  });

  it("not where it does not pass, nor where no law passes", async () => {
    expect(await adoptions("Das Gesetz passierte den Bundesrat nicht.")).toEqual([]);
    expect(await adoptions("Anna Beck passierte den Bundesrat.")).toEqual([]);
  });
});
