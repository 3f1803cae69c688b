/**
 * participatesIn of those who make a project together or for others, of a partner in a passive
 * joined to another verb, and of a service provider by its role, on sentences written for these
 * tests (parses recorded in tests/fixtures/parses/participation-shapes.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { REVIEW_THRESHOLD } from "../../../src/ingest/facts/build.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";
import { textFacts } from "../../helpers/text-facts.js";

const nlp = recordedNlp("participation-shapes");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

const { factsOf, pairs } = textFacts(() => reference, nlp);

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
  ])("reads '%s', for review", async (text, expected) => {
    const facts = await factsOf("participatesIn", text);
    expect(await pairs("participatesIn", text)).toEqual(expected);
    expect(facts.every((f) => f.confidence < REVIEW_THRESHOLD)).toBe(true);
  });

  it.each([
    "Hessen hat den Online-Antrag für Anwohnerparkausweise entwickelt.",
    "Bremen und Hamburg wollen gemeinsam den Online-Antrag für Anwohnerparkausweise entwickeln.",
    "Dataport hat den Online-Dienst „Hundesteuer digital“ nicht entwickelt.",
  ])("reads no participant in '%s'", async (text) => {
    expect(await pairs("participatesIn", text)).toEqual([]);
  });
});
