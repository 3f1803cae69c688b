/**
 * Reported speech: a verb in Konjunktiv I ("Thüringen beteilige sich", "die Stadt nutze", "der
 * Landkreis starte", "Hessen übernehme den Vorsitz") states what its indicative states, for every verb rule
 * (sentences written for these tests; parses in tests/fixtures/parses/reported-speech.json).
 */
import { describe, expect, it } from "vitest";
import type { FactType } from "../../../src/model/vocabulary.js";
import { destination, pair, portalItems } from "../../helpers/portal-item.js";

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

  it("takes a chair over, a strong verb too ('übernehme'), for the graph", async () => {
    const chairs = await facts(
      "Hessen übernehme 2026 den Vorsitz im IT-Planungsrat, sagte Digitalministerin Kristina Sinemus.",
      "chairs",
    );
    expect(chairs.map((f) => `${pair(f)} (${destination(f)})`)).toEqual(["Hessen -> IT-Planungsrat (graph)"]);
  });
});
