/**
 * Reported speech: a verb in Konjunktiv I ("Thüringen beteilige sich", "die Stadt nutze", "der
 * Landkreis starte") states what its indicative states, for every verb rule
 * (sentences written for these tests; parses in tests/fixtures/parses/reported-speech.json).
 */
import { describe, expect, it } from "vitest";
import type { FactType } from "../../../src/model/vocabulary.js";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("reported-speech");

async function pairs(type: FactType, text: string): Promise<string[]> {
  return (await facts(text, type)).map(pair).sort();
}

describe("a verb in reported speech", () => {
  it("takes part", async () => {
    expect(
      await pairs(
        "participatesIn",
        "Finanzministerin Heike Taubert sagte, Thüringen beteilige sich an dem Projekt „Rechnungsportal“.",
      ),
    ).toEqual(["Thüringen -> Rechnungsportal"]);
  });

  it("uses", async () => {
    expect(
      await pairs(
        "usesService",
        "Die Stadt Kassel nutze bereits die Plattform civento, sagte Oberbürgermeister Sven Schoeller.",
      ),
    ).toEqual(["civento -> Kassel"]);
  });

  it("launches", async () => {
    expect(
      await pairs(
        "launches",
        "Der Landkreis Fulda starte im Mai das Portal „Fulda digital“, sagte Landrat Bernd Woide.",
      ),
    ).toEqual(["Landkreis Fulda -> Fulda digital"]);
  });
});
