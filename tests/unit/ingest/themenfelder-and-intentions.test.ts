/**
 * OZG-Themenfelder named the ways news names them ("das Themenfeld „Bauen und Wohnen“", "den
 * Themenbereich Familie und Kind") are the Themenfelder the reference data knows, also where the
 * parser reads the quoted name as an argument of its own; every actor of an intention's subject
 * list intends it; "das Programm" used by counted users is the service named before
 * (sentences written for these tests; parses in tests/fixtures/parses/themenfelder-and-intentions.json).
 */
import { describe, expect, it } from "vitest";
import type { FactType } from "../../../src/model/vocabulary.js";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("themenfelder-and-intentions");

async function pairs(type: FactType, text: string): Promise<string[]> {
  return (await facts(text, type)).map(pairOrText).sort();
}

describe("an OZG-Themenfeld", () => {
  it("named in quotes is the known Themenfeld its Land took over", async () => {
    expect(await pairs("leads", 'Brandenburg hat das Themenfeld "Umwelt" übernommen.')).toEqual([
      "Brandenburg -> OZG-Themenfeld Umwelt",
    ]);
  });

  it("named as a Themenbereich without quotes is the known Themenfeld", async () => {
    expect(
      await pairs(
        "leads",
        "Niedersachsen hat die Federführung für den Themenbereich Arbeit und Ruhestand übernommen.",
      ),
    ).toEqual(["Niedersachsen -> OZG-Themenfeld Arbeit & Ruhestand"]);
  });
});

describe("an intention of several actors", () => {
  it("is announced by each actor the subject lists", async () => {
    const found = await pairs(
      "announces",
      "Der Bund und das Land Hessen wollen bis 2027 alle Anträge zum Wohngeld digital bearbeiten.",
    );
    expect(found).toEqual([
      "Bund -> bis 2027 alle Anträge zum Wohngeld digital bearbeiten",
      "Hessen -> bis 2027 alle Anträge zum Wohngeld digital bearbeiten",
    ]);
  });
});

describe("a program used by counted users", () => {
  it("is the service named before", async () => {
    expect(
      await pairs(
        "usesService",
        "Das Land stellt die Software „Kita-Finder“ bereit. Das Programm wird bereits von rund 120 Kommunen in Sachsen genutzt.",
      ),
    ).toContain("Kita-Finder -> Kommunen in Sachsen");
  });
});
