/**
 * Decisions the parser spreads over a sentence: a name whose capitalised adjective it reads as a
 * noun of its own ("die Digitale Agenda"), a relative clause moved after the verb of the main
 * clause ("hat die Agenda vorgestellt, die das Kabinett beschlossen hat"), and a second clause of
 * signing without an object of its own ("..., zuvor hatten die Länder unterschrieben")
 * (sentences written for these tests; parses in tests/fixtures/parses/decided-elsewhere.json).
 */
import { describe, expect, it } from "vitest";
import type { FactType } from "../../../src/model/vocabulary.js";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("decided-elsewhere");

async function pairs(type: FactType, text: string): Promise<string[]> {
  return (await facts(text, type)).map(pairOrText).sort();
}

describe("a decision the parser spreads over the sentence", () => {
  it("reads a name with a capitalised adjective as one name", async () => {
    expect(
      await pairs("launches", "Die Landesregierung von Sachsen hat die Digitale Offensive 2030 vorgestellt."),
    ).toEqual(["Sachsen -> Digitale Offensive 2030"]);
  });

  it("is launched by each minister a list names, also one whose name the parser hung deeper", async () => {
    expect(
      await pairs(
        "launches",
        "Innenministerin Nancy Faeser und der Minister für Digitales und Verkehr Volker Wissing haben die Digitale Offensive 2030 vorgestellt.",
      ),
    ).toEqual(["Nancy Faeser -> Digitale Offensive 2030", "Volker Wissing -> Digitale Offensive 2030"]);
  });

  it("finds what a relative clause after the verb decided", async () => {
    expect(
      await pairs(
        "adopts",
        "Der Minister hat die Digitale Strategie 2025 präsentiert, die die Landesregierung von Thüringen am Dienstag beschlossen hat.",
      ),
    ).toEqual(["Thüringen -> Digitale Strategie"]);
  });

  it("reads no relative clause after the verb whose pronoun does not fit the object", async () => {
    expect(
      await pairs(
        "adopts",
        "Das Konzept wurde auf Grundlage des Masterplans erstellt, welcher im Mai durch die Landesregierung von Thüringen beschlossen wurde.",
      ),
    ).not.toContain("Thüringen -> Konzept");
  });

  it("gives a second clause of signing without an object the first clause's object", async () => {
    expect(
      await pairs(
        "adopts",
        "Das Land Hessen hat am Montag die Vereinbarung zur Digitalisierung der Schulen unterzeichnet, zuvor hatte bereits das Land Bayern unterschrieben.",
      ),
    ).toEqual([
      "Bayern -> Vereinbarung zur Digitalisierung der Schulen",
      "Hessen -> Vereinbarung zur Digitalisierung der Schulen",
    ]);
  });
});
