/**
 * participatesIn, usesService and leads in the many ways German news phrase them (verbs and
 * nouns, word orders, tenses, voices), on sentences written for these tests (parses recorded in
 * tests/fixtures/parses/project-relations.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Fact } from "../../../src/model/fact.js";
import { extractArticles } from "../../../src/ingest/extract.js";
import { REVIEW_THRESHOLD } from "../../../src/ingest/facts/build.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("project-relations");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

async function factsOf(type: Fact["type"], text: string): Promise<Fact[]> {
  const [article] = await extractArticles(text, {
    reference,
    nlp,
    format: "text",
    publishedAt: "2025-03-01",
  });
  return article!.facts.filter((f) => f.type === type);
}

/** The facts of one type as "subject -> object or text", sorted. */
async function pairs(type: Fact["type"], text: string): Promise<string[]> {
  return (await factsOf(type, text))
    .map((f) => `${f.subject.name} -> ${f.object?.name ?? f.text ?? ""}`)
    .sort();
}

describe("participation verbs", () => {
  it.each([
    ["Bremen wirkt am Projekt „Bürgerkonto“ mit.", ["Bremen -> Bürgerkonto"]],
    ["Bayern hat am Projekt „Bürgerkonto“ mitgewirkt.", ["Bayern -> Bürgerkonto"]],
    ["Niedersachsen arbeitet im Projekt „Bürgerkonto“ mit.", ["Niedersachsen -> Bürgerkonto"]],
    ["Bremen macht beim Projekt „Bürgerkonto“ mit.", ["Bremen -> Bürgerkonto"]],
    [
      "Am Projekt „Bürgerkonto“ wirken Bremen und Hamburg mit.",
      ["Bremen -> Bürgerkonto", "Hamburg -> Bürgerkonto"],
    ],
    ["Weil Bremen am Projekt „Bürgerkonto“ mitarbeitet, steigen die Kosten.", ["Bremen -> Bürgerkonto"]],
    ["Sachsen, das am Projekt „Bürgerkonto“ teilnimmt, lobt die Arbeit.", ["Sachsen -> Bürgerkonto"]],
    [
      "Hessen und Bayern kooperieren im Projekt „Bürgerkonto“.",
      ["Bayern -> Bürgerkonto", "Hessen -> Bürgerkonto"],
    ],
    [
      "Bremen und Hamburg arbeiten im Projekt „Bürgerkonto“ eng zusammen.",
      ["Bremen -> Bürgerkonto", "Hamburg -> Bürgerkonto"],
    ],
  ])("reads the subject of '%s' as taking part", async (text, expected) => {
    expect(await pairs("participatesIn", text)).toEqual(expected);
  });

  it("reads participants the parser hangs the participle on ('An X sind A, B und C beteiligt')", async () => {
    expect(
      await pairs(
        "participatesIn",
        "An dem Projekt „Bürgerkonto“ sind Bayern, Hessen und Sachsen beteiligt.",
      ),
    ).toEqual(["Bayern -> Bürgerkonto", "Hessen -> Bürgerkonto", "Sachsen -> Bürgerkonto"]);
  });

  it("reads 'dabei sein' as taking part, for review", async () => {
    const facts = await factsOf("participatesIn", "Auch Thüringen ist beim Projekt „Bürgerkonto“ dabei.");
    expect(facts.map((f) => `${f.subject.name} -> ${f.object?.name}`)).toEqual(["Thüringen -> Bürgerkonto"]);
    expect(facts.every((f) => f.confidence < REVIEW_THRESHOLD)).toBe(true);
  });

  it("states nothing for a negated or an intended participation", async () => {
    expect(await pairs("participatesIn", "Bremen wirkt nicht am Projekt „Bürgerkonto“ mit.")).toEqual([]);
    expect(await pairs("participatesIn", "Sachsen will sich am Projekt „Bürgerkonto“ beteiligen.")).toEqual(
      [],
    );
  });
});

describe("national projects the reference data knows", () => {
  it("reads the 115 and the Modellprojekte Smart Cities by the names the news give them", async () => {
    expect(
      await pairs(
        "participatesIn",
        "Seit Mai nimmt auch die Stadt Kiel an der einheitlichen Behördenrufnummer 115 teil.",
      ),
    ).toEqual(["Kiel -> Behördennummer 115"]);
    expect(
      await pairs("participatesIn", "Die Stadt Ulm nimmt an den Modellprojekten Smart Cities teil."),
    ).toEqual(["Ulm -> Modellprojekte Smart Cities"]);
  });
});

describe("participation roles and cooperation", () => {
  it.each([
    ["Die Stadt Köln ist Pilotkommune für das Projekt „Bürgerkonto“.", ["Köln -> Bürgerkonto"]],
    ["Als Modellkommune testet die Stadt Köln das Projekt „Bürgerkonto“.", ["Köln -> Bürgerkonto"]],
    [
      "Bayern und Hessen sind Partner im Projekt „Bürgerkonto“.",
      ["Bayern -> Bürgerkonto", "Hessen -> Bürgerkonto"],
    ],
    [
      "Partner des Projekts „Bürgerkonto“ sind Bayern und Hessen.",
      ["Bayern -> Bürgerkonto", "Hessen -> Bürgerkonto"],
    ],
    ["Die Stadt Köln gehört zu den Pilotkommunen des Projekts „Bürgerkonto“.", ["Köln -> Bürgerkonto"]],
    [
      "Köln und Bonn zählen zu den Modellkommunen für das Projekt „Bürgerkonto“.",
      ["Bonn -> Bürgerkonto", "Köln -> Bürgerkonto"],
    ],
    ["Hamburg entwickelt das Projekt „Bürgerkonto“ zusammen mit Bremen.", ["Bremen -> Bürgerkonto"]],
    ["Das Projekt „Bürgerkonto“ entsteht in Kooperation mit Dataport.", ["Dataport -> Bürgerkonto"]],
    [
      "Das Projekt „Bürgerkonto“ wird unter Beteiligung von Bayern und Hessen umgesetzt.",
      ["Bayern -> Bürgerkonto", "Hessen -> Bürgerkonto"],
    ],
  ])("reads '%s'", async (text, expected) => {
    expect(await pairs("participatesIn", text)).toEqual(expected);
  });
});

describe("members of a group of partners", () => {
  it("reads the partners named beside a group noun, after a dash or in apposition", async () => {
    expect(
      await pairs(
        "participatesIn",
        "Das Verfahren „Bürgerkonto“ wurde durch das Land Brandenburg gemeinsam mit den Pilotkommunen – den Landkreisen Elbe-Elster und Teltow-Fläming sowie der Landeshauptstadt Potsdam – entwickelt.",
      ),
    ).toContain("Potsdam -> Bürgerkonto");
    expect(
      await pairs(
        "participatesIn",
        "Hessen entwickelt das Projekt „Bürgerkonto“ gemeinsam mit den Pilotkommunen Darmstadt und Kassel.",
      ),
    ).toEqual(["Darmstadt -> Bürgerkonto", "Kassel -> Bürgerkonto"]);
  });

  it("reads every item of a list that names a place of several words", async () => {
    // The parser hangs "an der Waldnaab" on the kind noun and the rest of the list on "Waldnaab".
    expect(
      await pairs(
        "participatesIn",
        "Die Landkreise Coesfeld, Neustadt an der Waldnaab, Potsdam-Mittelmark und Uelzen sind Modellregionen des Projekts „Bürgerkonto“.",
      ),
    ).toEqual([
      "Kreis Coesfeld -> Bürgerkonto",
      "Landkreis Neustadt a.d.Waldnaab -> Bürgerkonto",
      "Landkreis Potsdam-Mittelmark -> Bürgerkonto",
      "Landkreis Uelzen -> Bürgerkonto",
    ]);
  });
});

describe("usage verbs", () => {
  it("reads each user a plural noun names after it", async () => {
    expect(
      await pairs(
        "usesService",
        "Die Landkreise Elbe-Elster und Teltow-Fläming nutzen die Plattform civento.",
      ),
    ).toEqual(["civento -> Landkreis Elbe-Elster", "civento -> Landkreis Teltow-Fläming"]);
  });

  it("reads a town offering a service by its name or kind as its user, not any offer", async () => {
    expect(
      await pairs("usesService", 'Auch die Stadt Leipzig bietet den Online-Dienst "Wohngeld digital" an.'),
    ).toEqual(["Wohngeld digital -> Leipzig"]);
    expect(await pairs("usesService", "Die Stadt Köln bietet ihren Bürgern einen neuen Service an.")).toEqual(
      [],
    );
  });

  it.each([
    ["Die Stadt Köln hat den Online-Dienst Bürgerkonto übernommen.", ["Online-Dienst Bürgerkonto -> Köln"]],
    [
      "Der Landkreis Harz schließt sich an die Plattform Bürgerkonto an.",
      ["Plattform Bürgerkonto -> Landkreis Harz"],
    ],
    ["Die Plattform Bürgerkonto wurde in Bremen ausgerollt.", ["Plattform Bürgerkonto -> Bremen"]],
    [
      "Der Online-Dienst Bürgerkonto wurde in Bremen in Betrieb genommen.",
      ["Online-Dienst Bürgerkonto -> Bremen"],
    ],
    [
      "Der Online-Dienst Bürgerkonto steht nun auch in Bayern zur Verfügung.",
      ["Online-Dienst Bürgerkonto -> Bayern"],
    ],
    [
      "Der Online-Dienst Bürgerkonto ist seit Montag auch in Bremen und Hamburg verfügbar.",
      ["Online-Dienst Bürgerkonto -> Bremen", "Online-Dienst Bürgerkonto -> Hamburg"],
    ],
  ])("reads who uses the service in '%s', for review", async (text, expected) => {
    const facts = await factsOf("usesService", text);
    expect(facts.map((f) => `${f.subject.name} -> ${f.object?.name ?? f.text}`).sort()).toEqual(expected);
    expect(facts.every((f) => f.confidence < REVIEW_THRESHOLD)).toBe(true);
  });

  it("reads the users a service is provided for, not the provider, and no money as a service", async () => {
    expect(
      await pairs(
        "usesService",
        "Das Land Hessen stellt den Online-Dienst Bürgerkonto für die Stadt Köln bereit.",
      ),
    ).toEqual(["Online-Dienst Bürgerkonto -> Köln"]);
    expect(
      await pairs(
        "usesService",
        "Hessen stellt die Plattform Bürgerkonto den Städten Kassel und Darmstadt zur Verfügung.",
      ),
    ).toEqual(["Plattform Bürgerkonto -> Darmstadt", "Plattform Bürgerkonto -> Kassel"]);
    expect(
      await pairs("usesService", "Das Land stellt den Kommunen 80 Millionen Euro zur Verfügung."),
    ).toEqual([]);
  });

  it("reads a service in use somewhere ('im Einsatz') and a noun of use with its users", async () => {
    expect(
      await pairs("usesService", "Die Software Bürgerkonto ist in Bremen und Hamburg im Einsatz."),
    ).toEqual(["Software Bürgerkonto -> Bremen", "Software Bürgerkonto -> Hamburg"]);
    expect(
      await pairs("usesService", "Der Einsatz der Plattform Bürgerkonto in Bremen kostet Geld."),
    ).toEqual(["Plattform Bürgerkonto -> Bremen"]);
    expect(
      await pairs(
        "usesService",
        "Die Nachnutzung des Online-Dienstes Bürgerkonto durch Sachsen und Bremen hat begonnen.",
      ),
    ).toHaveLength(2);
  });

  it("reads no use that is only planned", async () => {
    expect(
      await pairs(
        "usesService",
        "Die Nachnutzung des Online-Dienstes Bürgerkonto durch Sachsen ist geplant.",
      ),
    ).toEqual([]);
  });

  it("counts the users a service is available to", async () => {
    const facts = await factsOf(
      "usesService",
      "Der Online-Dienst Bürgerkonto ist inzwischen in 120 Kommunen verfügbar.",
    );
    expect(facts.map((f) => [f.text, f.count])).toEqual([["Kommunen", 120]]);
  });

  it("takes over or introduces only a service, never an office, a cost or a plain noun", async () => {
    expect(await pairs("usesService", "Hessen übernimmt den Vorsitz des IT-Planungsrats.")).toEqual([]);
    expect(await pairs("usesService", "Die Stadt Köln übernimmt die Kosten für das Projekt.")).toEqual([]);
    expect(
      await pairs("usesService", "Die Stadt Köln hat die Plattform Bürgerkonto nicht eingeführt."),
    ).toEqual([]);
  });
});

describe("lead shapes", () => {
  it.each([
    ["Federführend bei dem Projekt Bürgerkonto ist das Land Hessen.", ["Hessen -> Projekt Bürgerkonto"]],
    [
      "Hessen ist federführend für das Projekt Bürgerkonto verantwortlich.",
      ["Hessen -> Projekt Bürgerkonto"],
    ],
    [
      "Das Projekt Bürgerkonto wird unter der Federführung von Hessen umgesetzt.",
      ["Hessen -> Projekt Bürgerkonto"],
    ],
    ["Das Projekt Bürgerkonto steht unter der Leitung des Landes Hessen.", ["Hessen -> Projekt Bürgerkonto"]],
    ["Unter Führung von Bayern wird das Projekt Bürgerkonto umgesetzt.", ["Bayern -> Projekt Bürgerkonto"]],
    ["Für das Projekt Bürgerkonto ist das Land Hessen zuständig.", ["Hessen -> Projekt Bürgerkonto"]],
    ["Das Land Hessen war für das Projekt „Bürgerkonto“ verantwortlich.", ["Hessen -> Bürgerkonto"]],
    ["Hessen ist Themenfeldführer für das Themenfeld Familie.", ["Hessen -> Themenfeld Familie"]],
  ])("reads '%s', for review", async (text, expected) => {
    const facts = await factsOf("leads", text);
    expect(facts.map((f) => `${f.subject.name} -> ${f.object?.name}`).sort()).toEqual(expected);
  });

  it("reads a lead Land as leading the named project its verb acts on", async () => {
    expect(
      await pairs(
        "leads",
        "Sachsen-Anhalt hat das Projekt „Bürgerkonto“ als federführendes Bundesland auf den Weg gebracht.",
      ),
    ).toEqual(["Sachsen-Anhalt -> Bürgerkonto"]);
  });

  it("reads a Land or the Bund that has developed a named service as leading it, for review", async () => {
    for (const [text, expected] of [
      ["Der Bund hat die Plattform „Bürgerkonto“ entwickelt.", "Bund"],
      ["Das Land Hessen hat das Verfahren „Bürgerkonto“ entwickelt.", "Hessen"],
      ["Bayern entwickelte die App „Bürgerkonto“.", "Bayern"],
      ["Das Land Hessen hat das Projekt „Bürgerkonto“ entwickelt.", "Hessen"],
    ]) {
      const facts = await factsOf("leads", text!);
      expect(facts.map((f) => f.subject.name)).toEqual([expected]);
      expect(facts.every((f) => f.confidence < REVIEW_THRESHOLD)).toBe(true);
    }
  });

  it("reads a named project as led, also from a relative clause, but no unit of an organisation", async () => {
    expect(await pairs("leads", "Hessen leitet die Plattform „Bürgerkonto“.")).toEqual([
      "Hessen -> Bürgerkonto",
    ]);
    expect(
      await pairs("leads", "Das Projekt „Bürgerkonto“, das von Hessen geleitet wird, startet im März."),
    ).toEqual(["Hessen -> Bürgerkonto"]);
    expect(await pairs("leads", "Hessen leitet die Abteilung Digitales.")).toEqual([]);
  });

  it("reads a service developed under a kind noun alone as the project named before", async () => {
    expect(
      await pairs(
        "leads",
        "Hamburg startet die Plattform „Umzug digital“. Ein neuer Online-Dienst, der von Hamburg entwickelt wurde, macht es möglich.",
      ),
    ).toEqual(["Hamburg -> Umzug digital"]);
  });

  it("reads the project in the genitive of a noun of work as what is led", async () => {
    expect(
      await pairs(
        "leads",
        "Hessen übernimmt die Projektleitung bei der Einführung der Plattform „Bürgerkonto“.",
      ),
    ).toEqual(["Hessen -> Bürgerkonto"]);
  });

  it("names a new project read in the genitive of a noun of work in the nominative", async () => {
    expect(
      await pairs(
        "leads",
        "Bremen übernimmt die Projektleitung bei der Implementierung des Datenschutzcockpits.",
      ),
    ).toEqual(["Bremen -> Datenschutzcockpit"]);
  });

  it("reads the lead of a perfect the parser took for a passive, and no time or setting as its topic", async () => {
    expect(
      await pairs(
        "leads",
        "Im bundesweiten Kontext hat das Land Hessen im Sommer die Federführung für das Projekt „Bürgerkonto“ übernommen.",
      ),
    ).toEqual(["Hessen -> Bürgerkonto"]);
    expect(
      await pairs("leads", "Das Land Hessen hat die Federführung für die Digitalisierung übernommen."),
    ).toEqual([]);
  });

  it("leads under 'unter der Leitung von' only the named project, not the actors who carry it out", async () => {
    expect(
      await pairs(
        "leads",
        "Unter der Leitung von Hessen haben die Länder das Projekt „Bürgerkonto“ umgesetzt.",
      ),
    ).toEqual(["Hessen -> Bürgerkonto"]);
  });

  it("states no lead for a duty, a field of competence or the head of a unit", async () => {
    expect(await pairs("leads", "Die Stadt Köln soll das Projekt „Bürgerkonto“ leiten.")).toEqual([]);
    expect(await pairs("leads", "Das Land Hessen ist für die Digitalisierung zuständig.")).toEqual([]);
    expect(await pairs("leads", "Die Leitung des Referats hat das Land Hessen übernommen.")).toEqual([]);
  });
});
