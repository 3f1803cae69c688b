/**
 * A project named once and then taken up by what news writes next: a Land inside its quoted name,
 * "Die Federführung liegt beim Land X", "Beteiligt sind zudem A und B", "Gefördert wird das Projekt
 * vom Bund" (sentences written for these tests; parses in tests/fixtures/parses/project-context.json).
 */
import { describe, expect, it } from "vitest";
import type { FactType } from "../../../src/model/vocabulary.js";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("project-context");

const OPENING = "Das Land Thüringen testet gemeinsam mit der Stadt Jena die App „Thüringen digital“.";

async function pairs(type: FactType, text: string): Promise<string[]> {
  return (await facts(`${OPENING} ${text}`, type)).map(pair).sort();
}

describe("a quoted name with a Land in it", () => {
  it("is one project, not the Land", async () => {
    expect(await pairs("participatesIn", "Die App soll bald landesweit verfügbar sein.")).toContain(
      "Jena -> Thüringen digital",
    );
  });
});

describe("the project named before", () => {
  it("is led where the lead lies with an actor", async () => {
    expect(await pairs("leads", "Die Federführung liegt beim Land Thüringen.")).toEqual([
      "Thüringen -> Thüringen digital",
    ]);
  });

  it("is taken part in by whom a sentence opening with 'Beteiligt' lists", async () => {
    const found = await pairs("participatesIn", "Beteiligt sind zudem die Landkreise Gotha und Sonneberg.");
    expect(found).toEqual(
      expect.arrayContaining([
        "Landkreis Gotha -> Thüringen digital",
        "Landkreis Sonneberg -> Thüringen digital",
      ]),
    );
  });

  it("is funded where a sentence opens with the participle", async () => {
    expect(await pairs("funds", "Gefördert wird das Projekt vom Bund mit 1,2 Millionen Euro.")).toEqual([
      "Bund -> Thüringen digital",
    ]);
  });

  it("is what a bare kind noun funded means, never a project of that noun's name", async () => {
    expect(await pairs("funds", "Das Vorhaben wird vom Bund mit 300.000 Euro unterstützt.")).toEqual([
      "Bund -> Thüringen digital",
    ]);
  });
});

describe("a programme taken up by a demonstrative", () => {
  it("is funded by who supports others through it", async () => {
    const text =
      'Die Gemeinde Marktheidenfeld nimmt am Förderprogramm "Digitales Rathaus" teil. Mit diesem Programm unterstützt das Staatsministerium für Digitales die bayerischen Gemeinden.';
    expect((await facts(text, "funds")).map(pair)).toEqual([
      "Bayerisches Staatsministerium für Digitales -> Digitales Rathaus",
    ]);
  });
});

describe("a finite verb opening a sentence", () => {
  it("is a condition, not a deed", async () => {
    expect(await pairs("adopts", "Stimmt auch der Bundesrat dem Gesetz zu, wird die App Pflicht.")).toEqual(
      [],
    );
  });
});
