import { beforeAll, describe, expect, it } from "vitest";
import type { Fact } from "../../../src/model/fact.js";
import { extractArticles, REVIEW_THRESHOLD } from "../../../src/ingest/extract.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("offices");
let reference: ReferenceData;

beforeAll(() => {
  reference = loadReferenceData();
});

const factsOf = async (text: string, type: Fact["type"]): Promise<Fact[]> =>
  (await extractArticles(`Meldung\n[01.03.2024] ${text}`, { reference, nlp }))
    .flatMap((a) => a.facts)
    .filter((f) => f.type === type);
const offices = (text: string) => factsOf(text, "holdsOffice");

const held = (facts: Fact[]) => facts.map((f) => [f.subject.name, f.object?.id, f.role]);
/** Each row (person, office holder id, role) is among the facts. */
const expectHeld = (facts: Fact[], ...rows: string[][]) =>
  expect(held(facts)).toEqual(expect.arrayContaining(rows));

describe("office rules on invented news", () => {
  it("a state secretary of a federal ministry holds an office of that ministry, and a second role joined by 'und' too", async () => {
    const facts = await offices(
      "Den Vorsitz übernahm Anna Keller, Staatssekretärin im Bundesministerium des Innern und Beauftragte der Bundesregierung für Informationstechnik.",
    );
    expectHeld(facts, ["Anna Keller", "bmi", "Staatssekretärin"], ["Anna Keller", "DE", "Beauftragte"]);
  });

  it("two roles before one name are both that person's", async () => {
    const facts = await offices(
      "Niedersachsen stellt sich neu auf. Der bisherige IT-Bevollmächtigte der Landesregierung und CIO (Chief Information Officer), Dr. Tom Berger, ist in den Ruhestand getreten.",
    );
    expect(facts.filter((f) => f.subject.name === "Tom Berger" && f.object?.id === "DE-NI")).toHaveLength(2);
  });

  it("a minister named by a city is the minister of the city's Land", async () => {
    const facts = await offices(
      "Hessen nutzt die Software bereits. Das erklärte der Schweriner Digitalisierungsminister, Paul Winter, am Montag.",
    );
    expect(held(facts)).toContainEqual(["Paul Winter", "DE-MV", "Digitalisierungsminister"]);
  });

  it("a state secretary named after a body is not the body's", async () => {
    const facts = await offices(
      "Brandenburg übernimmt den Vorsitz im IT-Planungsrat. Im IT-Planungsrat Innenstaatssekretärin Petra Lorenz: Wir haben viel vor.",
    );
    expect(held(facts)).toEqual([["Petra Lorenz", "DE-BB", "Innenstaatssekretärin"]]);
  });

  it("a role and its abbreviation in one sentence are one office", async () => {
    const facts = await offices(
      "Dr. Jana Roth, die neue Chief Digital Officer (CDO) des Landes Bremen, stellte ihre Pläne vor.",
    );
    expect(facts.filter((f) => f.subject.name === "Jana Roth")).toHaveLength(1);
  });

  it("a function someone holds is an office, and a role 'im Ministerium für A und B' reaches its name over the comma", async () => {
    const facts = await offices(
      "Thüringen ordnet die IT neu. Die Funktion des CIO hat seit Mai Staatssekretär im Ministerium für Finanzen und Digitales, Karl Brenner, inne.",
    );
    expectHeld(facts, ["Karl Brenner", "DE-TH", "CIO"], ["Karl Brenner", "DE-TH", "Staatssekretär"]);
  });

  it("taking on the tasks of a role ('hat die CIO-Aufgaben übernommen') holds it", async () => {
    const facts = await offices(
      "Im Saarland gibt es Neuigkeiten. Jonas Falk, Referatsleiter im Finanzministerium, hat die CIO-Aufgaben übernommen.",
    );
    expect(held(facts)).toContainEqual(["Jonas Falk", "DE-SL", "CIO"]);
  });

  it("a task named in quotes after 'die Aufgabe' ('wird die Aufgabe „Beauftragter ...“ wahrnehmen') is held", async () => {
    const facts = await offices(
      "Düsseldorf. Ministerialdirigent Jonas Falk wird die Aufgabe „Beauftragter der Landesregierung Nordrhein-Westfalen für Informationstechnik (CIO)“ wahrnehmen.",
    );
    expect(held(facts)).toContainEqual(["Jonas Falk", "DE-NW", "Beauftragter"]);
  });

  it("taking over an office from someone succeeds them, whether 'von' hangs on the office or the verb", async () => {
    const successions = [
      ...(await factsOf("Dr. Lena Vogt wird das Amt von Jürgen Kraus übernehmen.", "succeeds")),
      ...(await factsOf(
        "Vorsitzende ist nun die Innenstaatssekretärin Petra Lind. Sie übernahm den Vorsitz turnusgemäß von Tobias Merk.",
        "succeeds",
      )),
    ];
    expect(successions.map((f) => [f.subject.name, f.object?.name])).toEqual([
      ["Lena Vogt", "Jürgen Kraus"],
      ["Petra Lind", "Tobias Merk"],
    ]);
  });

  it("a role 'als' a predicate with a copula is held by its subject ('war sie als Staatsrätin tätig')", async () => {
    const facts = await offices(
      "Dr. Clara Sommer kommt aus der Verwaltung. Seit 2021 war sie als Staatsrätin in Hamburg tätig.",
    );
    expect(held(facts)).toContainEqual(["Clara Sommer", "DE-HH", "Staatsrätin"]);
  });

  it("an inflected government role finds its Land and is named in the nominative ('zum Ministerpräsidenten Sachsens')", async () => {
    const facts = await offices(
      "Nach der Wahl von Tom Hagedorn zum Ministerpräsidenten Sachsens hat sich das Kabinett konstituiert.",
    );
    expect(held(facts)).toContainEqual(["Tom Hagedorn", "DE-SN", "Ministerpräsident"]);
  });

  it("'und wird Staatssekretär' after another verb gives the office to that verb's subject", async () => {
    const facts = await offices(
      "Brandenburg stellt sein Kabinett vor. Zudem wechselt Ernst Lehmann aus dem Bundesinnenministerium nach Potsdam und wird Staatssekretär im Ministerium für Justiz und Digitalisierung.",
    );
    expect(held(facts)).toContainEqual(["Ernst Lehmann", "DE-BB", "Staatssekretär"]);
  });

  it("a body's abbreviation joined to the role by a hyphen owns it ('DLT-Präsident')", async () => {
    const facts = await offices(
      "„Das entlastet die Kommunen“, so DLT-Präsident Landrat Dr. Jonas Brück im Rahmen einer ersten Bewertung.",
    );
    expect(held(facts)).toContainEqual(["Jonas Brück", "deutscher-landkreistag", "DLT-Präsident"]);
  });

  it("a role phrase goes on after its parenthesis ('für IT (CIO) des Freistaates Thüringen, Name')", async () => {
    const facts = await offices(
      "Der Beauftragte für Informationstechnologie (CIO) des Freistaates Thüringen, Karl Weiß, stellte das Programm vor.",
    );
    expect(held(facts)).toContainEqual(["Karl Weiß", "DE-TH", "Beauftragte für Informationstechnologie"]);
  });

  it("leading a named unit holds an office of it (named in the nominative), and an unnamed ministry of the Land, below the review threshold", async () => {
    const named = await offices(
      "Außerdem leitete Jonas Falk das Europäische Dokumentationszentrum SaarLorLux.",
    );
    expect(held(named)).toContainEqual([
      "Jonas Falk",
      "europaeisches-dokumentationszentrum-saarlorlux",
      "Leitung",
    ]);
    const unit = await offices(
      "Brandenburg hat ein neues Kabinett. Das Ministerium für Justiz und Digitalisierung leitet Benjamin Krause.",
    );
    expect(held(unit)).toContainEqual(["Benjamin Krause", "DE-BB", "Leitung"]);
    expect([...named, ...unit].every((f) => f.confidence < REVIEW_THRESHOLD)).toBe(true);
  });

  it("the one named after 'von' before 'geführte' leads the unit, and taking over a 'Ressort' leads it", async () => {
    const led = await offices(
      "Jana Roth soll als Staatssekretärin nach Thüringen wechseln - in das von Wolfgang Kern (SPD) geführte Ministerium für Wirtschaft und Digitale Gesellschaft.",
    );
    expect(held(led)).toContainEqual(["Wolfgang Kern", "DE-TH", "Leitung"]);
    const taken = await offices("Im Saarland übernimmt Reinhold Brandt das Innenressort.");
    expect(held(taken)).toEqual([["Reinhold Brandt", "DE-SL", "Leitung"]]);
    const talk = await offices("Das von Peter Kern geführte Gespräch mit dem Landkreistag war gut.");
    expect(held(talk)).toEqual([]);
  });

  it("a ministry's lead is no office besides its minister's", async () => {
    const facts = await offices(
      "Digitalminister der künftigen Bundesregierung soll der Manager Karsten Lenz werden. Lenz übernimmt das neu geschaffene Ressort im Mai.",
    );
    expect(held(facts)).toEqual([["Karsten Lenz", "DE", "Digitalminister"]]);
  });

  it("a unit's 'Referat' is no council, and leading it is no office besides the unit's head's", async () => {
    const text =
      "Die bisherige Referatsleiterin im brandenburgischen Wirtschaftsministerium, Katja Lorenz, wechselt. In Brandenburg hatte Lorenz das Referat Grundsatzfragen des Hochschulwesens geleitet.";
    expect(held(await offices(text))).toEqual([["Katja Lorenz", "DE-BB", "Referatsleiterin"]]);
    expect(await factsOf(text, "chairs")).toEqual([]);
  });

  it("the head of a unit 'in der FITKO' holds an office of the FITKO", async () => {
    const facts = await offices(
      "Bis dahin soll Jana Brunn, Leiterin der Abteilung Standards und Architektur in der FITKO, die Leitung übernehmen.",
    );
    expect(held(facts)).toContainEqual(["Jana Brunn", "fitko", "Leiterin"]);
  });

  it("a role 'in' a named Land before the name ('der damalige Digitalminister in Schleswig-Holstein Max Roth')", async () => {
    const facts = await offices(
      "Am ersten Treffen nahm auch der damalige Digitalminister in Schleswig-Holstein Max Roth teil.",
    );
    expect(held(facts)).toContainEqual(["Max Roth", "DE-SH", "Digitalminister"]);
  });

  it("a company's officers belong to the company named before them, and a city-state's Bürgermeister to the city-state", async () => {
    const company = await offices(
      "35 Jahre AKDB: Die Gäste begrüßten den neuen Vorstandsvorsitzenden Rudolf Brandl und das neue Vorstandsmitglied Gerda Kluge.",
    );
    expectHeld(
      company,
      ["Rudolf Brandl", "akdb", "Vorstandsvorsitzender"],
      ["Gerda Kluge", "akdb", "Vorstandsmitglied"],
    );
    const mayor = await offices(
      "Hamburg bündelt die Digitalisierung. Die Kompetenzen liegen künftig direkt bei Bürgermeister Olaf Brenner (SPD).",
    );
    expect(held(mayor)).toContainEqual(["Olaf Brenner", "DE-HH", "Bürgermeister"]);
  });

  it("the head of a government's unit named by no organisation holds an office of the Land", async () => {
    const facts = await offices(
      "Niedersachsen hat einen neuen CIO. Mit Wirkung zum 5. März wird nun Dr. Paul Engel zum Leiter der Abteilung 4 ernannt.",
    );
    expect(held(facts)).toContainEqual(["Paul Engel", "DE-NI", "Leiter"]);
  });

  it("the name right before 'zur' is the appointee where the parser hung it elsewhere", async () => {
    const facts = await offices(
      "Vor einem Monat wurde die Fachexpertin aus der Thüringer Wirtschaft Frau Lena Hartung zur Staatssekretärin für Digitales berufen.",
    );
    expect(held(facts)).toContainEqual(["Lena Hartung", "DE-TH", "Staatssekretärin für Digitales"]);
  });
});
