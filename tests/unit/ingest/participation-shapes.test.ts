/**
 * participatesIn of those who make a project together or for others, of a partner in a passive
 * joined to another verb, and of a service provider by its role, on sentences written for these
 * tests (parses recorded in tests/fixtures/parses/participation-shapes.json).
 */
import { describe, expect, it } from "vitest";
import { recordedTextFacts } from "../../helpers/text-facts.js";

const { pairs, reviewPairs } = recordedTextFacts("participation-shapes");

describe("makers of a project", () => {
  it.each([
    [
      "Bremen und Hamburg haben gemeinsam den Online-Antrag für Anwohnerparkausweise entwickelt.",
      [
        "Bremen -> Online-Antrag für Anwohnerparkausweise",
        "Hamburg -> Online-Antrag für Anwohnerparkausweise",
      ],
    ],
    [
      "Sachsen und Thüringen setzen das Projekt „Grenzenlos digital“ zusammen um.",
      ["Sachsen -> Grenzenlos digital", "Thüringen -> Grenzenlos digital"],
    ],
    [
      "Der von Dataport entwickelte Online-Dienst „Hundesteuer digital“ ist gestartet.",
      ["Dataport -> Hundesteuer digital"],
    ],
    [
      "Der Antrag auf Wohngeld ist seit Mai online und wurde mit der Stadt Jena als Pilotpartner entwickelt.",
      ["Jena -> Antrag auf Wohngeld"],
    ],
    ["Dataport ist IT-Dienstleister für das Projekt „Bürgerkonto“.", ["Dataport -> Bürgerkonto"]],
    [
      "Die Stadt Gera bietet ab sofort den digitalen Antrag auf einen Bewohnerparkausweis an. Das Verfahren wurde vom Freistaat Thüringen gemeinsam mit den Pilotkommunen Gera und Suhl entwickelt.",
      // Suhl is in the register only by a fuller name: a town of its own beside the one known.
      [
        "Gera -> digitalen Antrag auf einen Bewohnerparkausweis",
        "Suhl -> digitalen Antrag auf einen Bewohnerparkausweis",
      ],
    ],
    [
      "Der Landkreis Harz hat gemeinsam mit der Stadt Wernigerode eine App für Bürgerdienste entwickelt.",
      ["Landkreis Harz -> App für Bürgerdienste", "Wernigerode -> App für Bürgerdienste"],
    ],
  ])("reads '%s', for review", async (text, expected) => {
    expect(await reviewPairs("participatesIn", text)).toEqual(expected);
  });

  it.each([
    "Hessen hat den Online-Antrag für Anwohnerparkausweise entwickelt.",
    "Bremen und Hamburg wollen gemeinsam den Online-Antrag für Anwohnerparkausweise entwickeln.",
    "Dataport hat den Online-Dienst „Hundesteuer digital“ nicht entwickelt.",
  ])("reads no participant in '%s'", async (text) => {
    expect(await pairs("participatesIn", text)).toEqual([]);
  });
});
