/**
 * The parse-based rules for launches, funds, leads, announces and usesService, on sentences
 * written for these tests (parses recorded in tests/fixtures/parses/verb-rules.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Fact } from "../../../src/model/fact.js";
import { extractArticles } from "../../../src/ingest/extract.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("verb-rules");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

/** The facts of one type in a one-sentence article, as "subject -> object or text". */
async function facts(type: Fact["type"], text: string): Promise<string[]> {
  const [article] = await extractArticles(text, {
    reference,
    nlp,
    format: "text",
    publishedAt: "2025-03-01",
  });
  return article!.facts
    .filter((f) => f.type === type)
    .map((f) => `${f.subject.name} -> ${f.object?.name ?? f.text ?? ""}`)
    .sort();
}

async function only(type: Fact["type"], text: string): Promise<Fact> {
  const [article] = await extractArticles(text, {
    reference,
    nlp,
    format: "text",
    publishedAt: "2025-03-01",
  });
  const found = article!.facts.filter((f) => f.type === type);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("launches", () => {
  it("reads the subject and object of a separable verb", async () => {
    expect(await facts("launches", "Sachsen stellt die neue Lernplattform Lernwerk vor.")).toEqual([
      "Sachsen -> Lernplattform Lernwerk",
    ]);
  });

  it("reads the agent of a passive as the one who launches", async () => {
    expect(await facts("launches", "Die App Bürgerfunk wurde vom Land Thüringen gestartet.")).toEqual([
      "Thüringen -> App Bürgerfunk",
    ]);
  });

  it("splits coordinated founders into one fact each", async () => {
    expect(
      await facts("launches", "Berlin und Brandenburg gründen ein gemeinsames Kompetenzzentrum."),
    ).toEqual(["Berlin -> gemeinsames Kompetenzzentrum", "Brandenburg -> gemeinsames Kompetenzzentrum"]);
  });

  it("states nothing for a negated verb", async () => {
    expect(await facts("launches", "Bayern startet die Plattform Bayernfunk nicht.")).toEqual([]);
  });
});

describe("launches of bodies and switches to a service", () => {
  it("reads a body set up with 'eingesetzt', but a tool put to use is no launch", async () => {
    expect(await facts("launches", "Die Bundesregierung hat einen Digitalbeirat eingesetzt.")).toEqual([
      "Bund -> Digitalbeirat",
    ]);
    expect(await facts("launches", "Das Land Hessen setzt eine neue Software ein.")).toEqual([]);
    expect(await facts("usesService", "Das Land Hessen setzt eine neue Software ein.")).toEqual([
      "neue Software -> Hessen",
    ]);
  });

  it("reads a switch to a service, with the subject the parser hung on the auxiliary", async () => {
    expect(await facts("launches", "Die Stadt Köln hat auf die E-Akte umgestellt.")).toEqual([
      "Köln -> E-Akte",
    ]);
  });

  it("needs a name for what is 'gestartet': a survey is no project", async () => {
    expect(await facts("launches", "Das Land Berlin startet eine Umfrage.")).toEqual([]);
    expect(await facts("launches", "Das Land Berlin startet das Portal Berlinfunk.")).toEqual([
      "Berlin -> Portal Berlinfunk",
    ]);
  });

  it("states nothing for a launch that is only a duty or an intention", async () => {
    expect(await facts("launches", "Das Land Hessen soll bis Mai einen Bericht vorlegen.")).toEqual([]);
    expect(await facts("funds", "Der Bund will das Modellprojekt Smarte Region fördern.")).toEqual([]);
  });

  it("does not take a town for the institution named after it", async () => {
    expect(await facts("launches", "Das Studentenwerk Kiel hat auf die E-Akte umgestellt.")).toEqual([]);
  });
});

describe("funds", () => {
  it("takes the amount of the clause and a new project named by its noun phrase", async () => {
    const fact = await only(
      "funds",
      "Der Bund fördert das Modellprojekt Smarte Region mit 3 Millionen Euro.",
    );
    expect(fact).toMatchObject({
      subject: { id: "DE" },
      object: { name: "Modellprojekt Smarte Region", type: "Project" },
    });
    expect(fact.amount).toBe(3e6);
  });

  it("funds each of several towns", async () => {
    expect(await facts("funds", "Das Land Niedersachsen fördert Hannover, Celle und Goslar.")).toEqual([
      "Niedersachsen -> Celle",
      "Niedersachsen -> Goslar",
      "Niedersachsen -> Hannover",
    ]);
  });

  it("reads a passive with its agent", async () => {
    const fact = await only(
      "funds",
      "Das Förderprogramm Digitales Dorf wird vom Bund mit 10 Millionen Euro finanziert.",
    );
    expect(fact).toMatchObject({ subject: { id: "DE" }, amount: 1e7 });
  });

  it("reads an attributive participle as a passive with its agent", async () => {
    expect(
      await facts("funds", "Das vom Land Bremen geförderte Projekt Hafenportal startet im Mai."),
    ).toEqual(["Bremen -> Projekt Hafenportal"]);
  });

  it("states nothing for a negated verb", async () => {
    expect(await facts("funds", "Das Land Bremen fördert das Projekt Hafenportal nicht.")).toEqual([]);
  });
});

describe("leads", () => {
  it("reads 'verantwortet' with a project object", async () => {
    expect(await facts("leads", "Hamburg verantwortet das Projekt Digitale Schule.")).toEqual([
      "Hamburg -> Projekt Digitale Schule",
    ]);
  });

  it("reads who developed a procedure from the agent of a passive", async () => {
    expect(await facts("leads", "Das Antragsverfahren wurde durch das Land Sachsen entwickelt.")).toEqual([
      "Sachsen -> Antragsverfahren",
    ]);
  });

  it("reads a Federführung taken over for a topic", async () => {
    expect(
      await facts("leads", "Bayern hat die Federführung für das Themenfeld Gesundheit übernommen."),
    ).toEqual(["Bayern -> OZG-Themenfeld Gesundheit"]); // the Themenfeld the reference data knows
  });
});

describe("leads in other shapes", () => {
  it("reads the noun a relative pronoun stands for", async () => {
    expect(
      await facts(
        "leads",
        "Das Antragsverfahren, das durch das Land Hamburg entwickelt wurde, läuft stabil.",
      ),
    ).toEqual(["Hamburg -> Antragsverfahren"]);
  });

  it("reads a Land leading as 'federführendes Land' in a topic, and the procedure it develops", async () => {
    expect(
      await facts(
        "leads",
        "Hessen entwickelte das Meldeverfahren als federführendes Land im Themenfeld Gesundheit.",
      ),
    ).toEqual(["Hessen -> Meldeverfahren", "Hessen -> OZG-Themenfeld Gesundheit"]);
  });

  it("reads who is entrusted with a topic", async () => {
    expect(await facts("leads", "Das Land Sachsen ist mit dem Themenfeld Bildung betraut.")).toEqual([
      "Sachsen -> OZG-Themenfeld Bildung",
    ]);
  });

  it("never makes a person the leader of a project", async () => {
    expect(await facts("leads", "Ministerin Anna Beispiel leitet das Projekt Digitale Schule.")).toEqual([]);
  });
});

describe("lead labels of a fact sheet", () => {
  it("reads the Land and the ministry a label names as leading the article's project, not the partners", async () => {
    expect(
      await facts(
        "leads",
        "Die elektronische Wohnsitzanmeldung wird ausgebaut. Federführendes Bundesressort Bundesministerium des Innern (BMI) Federführendes Bundesland Hessen Weitere Projektpartner Bremen",
      ),
    ).toEqual([
      "Bundesministerium des Innern -> OZG-Leistung Wohnsitzanmeldung",
      "Hessen -> OZG-Leistung Wohnsitzanmeldung",
    ]);
  });

  it("reads no label where the role noun is an argument of a verb or names no one", async () => {
    for (const text of [
      "Die elektronische Wohnsitzanmeldung wird ausgebaut. Das federführende Land Hessen startet die Plattform Meldeportal.",
      "Die elektronische Wohnsitzanmeldung wird ausgebaut. Hessen ist ein federführendes Land.",
    ])
      expect(await facts("leads", text)).toEqual([]);
  });
});

describe("announces", () => {
  it("splits coordinated planners, the Länder beside the Bund as one actor, and takes the object as the text", async () => {
    expect(
      await facts("announces", "Bund und Länder planen eine gemeinsame Cloud für die Verwaltung."),
    ).toEqual([
      "Bund -> eine gemeinsame Cloud für die Verwaltung",
      "Länder -> eine gemeinsame Cloud für die Verwaltung",
    ]);
  });

  it("takes what 'kündigte an' governs without its subject", async () => {
    expect(
      await facts("announces", "Hessen kündigte an, bis 2026 alle Leistungen digital anzubieten."),
    ).toEqual(["Hessen -> bis 2026 alle Leistungen digital anbieten"]);
  });

  it("states nothing for a negated plan", async () => {
    expect(await facts("announces", "Thüringen plant keine eigene App.")).toEqual([]);
  });
});

describe("usesService", () => {
  it("counts the users of a service", async () => {
    const fact = await only("usesService", "120 Kommunen nutzen die Plattform Stadtfunk.");
    expect(fact).toMatchObject({
      subject: { name: "Plattform Stadtfunk" },
      count: 120,
      countUnit: "Kommunen",
    });
  });

  it("reads the places of a passive as users", async () => {
    expect(await facts("usesService", "Die App Bürgerfunk wird in Hessen und Bremen genutzt.")).toEqual([
      "App Bürgerfunk -> Bremen",
      "App Bürgerfunk -> Hessen",
    ]);
  });

  it("reads who is attached to a platform", async () => {
    const fact = await only("usesService", "300 Schulen sind an die Lernplattform Lernwelt angeschlossen.");
    expect(fact).toMatchObject({ subject: { name: "Lernplattform Lernwelt" }, count: 300, text: "Schulen" });
  });

  it("reads the places where a service applied through is offered", async () => {
    expect(
      await facts(
        "usesService",
        "Ab sofort können Bürger in Bremen und Hamburg das Wohngeld über einen digitalen Antragsassistenten beantragen.",
      ),
    ).toEqual(["digitalen Antragsassistenten -> Bremen", "digitalen Antragsassistenten -> Hamburg"]);
  });

  it("counts those present on a portal, the number heading what it counts", async () => {
    const fact = await only(
      "usesService",
      "500 der 700 hessischen Kommunen sind auf dem Portal Hessenfunk vertreten.",
    );
    expect(fact).toMatchObject({ subject: { name: "Portal Hessenfunk" }, count: 500 });
  });

  it("needs a counted or named user: a bare noun is no user", async () => {
    expect(await facts("usesService", "Die App Bürgerfunk wird in Behörden genutzt.")).toEqual([]);
  });
});
