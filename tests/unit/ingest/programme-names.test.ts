/**
 * Programmes named without quotes the way German writes a proper name: after a kind word with a
 * capitalised adjective or an English word, as a capitalised adjective of the field inside a
 * sentence, as a quoted title with its own kind word, and as what an article calls "so-called"
 * (sentences written for these tests; parses in tests/fixtures/parses/programme-names.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { pairOrText, portalItemFacts } from "../../helpers/portal-item.js";
import { buildGazetteer, type Gazetteer } from "../../../src/ingest/entities/gazetteer.js";
import { analyzeItem } from "../../../src/ingest/facts/analyze.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("programme-names");

let reference: ReferenceData;
let gazetteer: Gazetteer;
beforeAll(() => {
  reference = loadReferenceData();
  gazetteer = buildGazetteer(reference);
}, 60_000);

/** The projects the sentence names, as "text=name". */
async function projects(text: string): Promise<string[]> {
  const document = await nlp.annotate(text);
  const analyzed = analyzeItem({ title: "Meldung", publishedAt: "2025-02-07", text }, gazetteer, document);
  return analyzed.sentences.flatMap((s) =>
    s.mentions.filter((m) => m.entity.type === "Project").map((m) => `${m.text}=${m.entity.name}`),
  );
}

describe("a name after a kind word", () => {
  it("opens with a capitalised adjective, with the kind word as written, and a Land closing it belongs to it", async () => {
    expect(
      await projects("Das Land unterstützt die Kommunen mit dem Programm Starke Heimat Hessen."),
    ).toEqual(["Programm Starke Heimat=Programm Starke Heimat Hessen"]);
  });

  it("opens with an English word", async () => {
    expect(await projects("Zehn Städte wurden als Modellprojekte Smart Cities ausgewählt.")).toEqual([
      "Modellprojekte Smart Cities=Modellprojekte Smart Cities",
    ]);
  });

  it("is no plain noun the kind word governs", async () => {
    expect(await projects("Das Land stellt die Plattform Kommunen kostenlos zur Verfügung.")).toEqual([]);
  });
});

describe("a capitalised adjective of the field", () => {
  it("names a programme inside a sentence", async () => {
    expect(await projects("Die Bundesregierung hat im August die Digitale Agenda beschlossen.")).toEqual([
      "Digitale Agenda=Digitale Agenda",
    ]);
  });

  it("in lower case describes, and in a title names an office", async () => {
    expect(await projects("Die Bundesregierung will die digitale Verwaltung stärken.")).toEqual([]);
    expect(await projects("Der Staatssekretär für Digitale Infrastruktur sprach in Berlin.")).toEqual([]);
    expect(
      await projects("Der Staatssekretär im Ministerium für Umwelt und Digitales Jan Roth sprach in Berlin."),
    ).toEqual([]);
  });

  it("before an institution's noun names the institution, not a programme", async () => {
    expect(await projects("Petra Lindner leitet die Digitalen Dienste Thüringen.")).toEqual([]);
  });
});

describe("a quoted title", () => {
  it("keeps its own kind word", async () => {
    expect(
      await projects('Das Strategiepapier wurde auf Basis des "Masterplan Digitale Verwaltung" entwickelt.'),
    ).toEqual(["Masterplan Digitale Verwaltung=Masterplan Digitale Verwaltung"]);
  });
});

describe("a so-called name", () => {
  it("is a project", async () => {
    expect(await projects("Die Länder kooperieren miteinander im sogenannten OSI-Verbund.")).toEqual([
      "OSI-Verbund=OSI-Verbund",
    ]);
  });
});

describe("a name the parser cut off from its kind word", () => {
  it("is still what the actor takes part in", async () => {
    const text = "Die Stadt Jena nimmt am Programm Smart Cities teil.";
    const found = await portalItemFacts(text, "participatesIn", reference, nlp);
    expect(found.map(pairOrText)).toEqual(["Jena -> Programm Smart Cities"]);
  });
});
