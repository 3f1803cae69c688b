/**
 * Services named by what they are for ("ein Onlinedienst für die Ummeldung"), wherever the parser
 * hangs the purpose, and a later "der Dienst" or "die Plattform" that means them; who a service
 * is for ("ein Portal für Bürgerinnen und Bürger") names no service
 * (sentences written for these tests; parses in tests/fixtures/parses/described-services.json).
 */
import { describe, expect, it } from "vitest";
import type { FactType } from "../../../src/model/vocabulary.js";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("described-services");

async function pairs(type: FactType, text: string): Promise<string[]> {
  return (await facts(text, type)).map(pairOrText).sort();
}

describe("a service named by its purpose", () => {
  it("is led by the Land that developed it, the purpose hung on the verb", async () => {
    expect(
      await pairs("leads", "Das Land Bremen hat einen Onlinedienst für die Anmeldung von Hunden entwickelt."),
    ).toEqual(["Bremen -> Onlinedienst für die Anmeldung von Hunden"]);
  });

  it("is what a later 'die Plattform' means", async () => {
    expect(
      await pairs(
        "usesService",
        "Sachsen bietet den Ländern eine erprobte Online-Plattform für die Vergabe von Fischereischeinen an. " +
          "Thüringen nutzt die Plattform seit 2022.",
      ),
    ).toEqual(["Online-Plattform für die Vergabe von Fischereischeinen -> Thüringen"]);
  });

  it("reads a purpose with 'zur', and a later 'den Dienst' with a time hung on it", async () => {
    expect(
      await pairs(
        "usesService",
        "Die Stadt Halle hat einen Online-Dienst zur Beantragung des Anwohnerparkausweises gestartet. " +
          "Die Stadt Leipzig nutzt den Dienst seit Mai.",
      ),
    ).toEqual(["Online-Dienst zur Beantragung des Anwohnerparkausweises -> Leipzig"]);
  });

  it("is what a partner in the work on it takes part in", async () => {
    expect(
      await pairs(
        "participatesIn",
        "Nordrhein-Westfalen entwickelt in Zusammenarbeit mit Bayern ein digitales Angebot zur Beantragung der Staatsbürgerschaft.",
      ),
    ).toEqual(["Bayern -> Angebot zur Beantragung der Staatsbürgerschaft"]);
  });

  it("is no service where the phrase names who it is for", async () => {
    expect(
      await pairs("leads", "Das Land Bremen hat einen Onlinedienst für Bürgerinnen und Bürger entwickelt."),
    ).toEqual([]);
  });
});
