/**
 * The synonyms, voices and word orders of the launches, adopts, announces and funds rules, on
 * invented sentences (parses recorded in tests/fixtures/parses/widened-decisions.json;
 * GOVGRAPH_RECORD_PARSES=1 re-records).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import type { Fact } from "../../../src/model/fact.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";
import { typedFacts } from "../../helpers/typed-facts.js";

const nlp = recordedNlp("widened-decisions");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

const show = (f: Fact) =>
  `${f.subject.name} -> ${f.object?.name ?? f.text ?? ""}${f.amount ? ` ${f.amount}` : ""} (${f.confidence < 0.8 ? "review" : "written"})`;
const facts = (type: Fact["type"], text: string) => typedFacts(type, text, { reference, nlp, show });

describe("launches: more verbs of starting a service", () => {
  it("switching a portal on, in every word order the parser gives", async () => {
    expect(await facts("launches", "Das Land Hessen hat das neue Serviceportal freigeschaltet.")).toEqual([
      "Hessen -> neue Serviceportal (written)",
    ]);
    expect(await facts("launches", "Die Stadt Köln schaltet das neue Bürgerportal frei.")).toEqual([
      "Köln -> neue Bürgerportal (written)",
    ]);
    expect(await facts("launches", "Der Freistaat Bayern schaltete die App BayernID online.")).toEqual([
      "Bayern -> BayernID (written)",
    ]);
  });

  it("an active perfect the parser reads with swapped subject and object", async () => {
    expect(
      await facts("launches", "Das Bundesministerium des Innern hat das Bundesportal online geschaltet."),
    ).toEqual(["Bundesministerium des Innern -> Bundesportal (written)"]);
  });

  it("putting into operation, bringing to the start, the starting shot", async () => {
    expect(await facts("launches", "Die Stadt Hamburg nahm das neue Rechenzentrum in Betrieb.")).toEqual([
      "Hamburg -> neue Rechenzentrum (written)",
    ]);
    expect(
      await facts("launches", "Das Land Berlin bringt die Plattform „Berlin Service“ an den Start."),
    ).toEqual(["Berlin -> Berlin Service (written)"]);
    expect(
      await facts("launches", "Das Land Sachsen gab den Startschuss für das Programm „Sachsen Digital“."),
    ).toEqual(["Sachsen -> Sachsen Digital (written)"]);
    expect(
      await facts("launches", "Der IT-Planungsrat hat den Staatsvertrag „Netz 2030“ auf den Weg gebracht."),
    ).toEqual(["IT-Planungsrat -> Staatsvertrag Netz 2030 (review)"]);
    expect(await facts("launches", "Die Landesregierung hat viele Maßnahmen auf den Weg gebracht.")).toEqual(
      [],
    );
  });

  it("launching, rolling out, publishing a report, setting up an agency", async () => {
    expect(await facts("launches", "Das Land Niedersachsen launcht die App „Niedersachsen mobil“.")).toEqual([
      "Niedersachsen -> Niedersachsen mobil (written)",
    ]);
    expect(await facts("launches", "Nordrhein-Westfalen rollt die E-Akte landesweit aus.")).toEqual([
      "Nordrhein-Westfalen -> E-Akte (review)",
    ]);
    expect(
      await facts("launches", "Der Nationale Normenkontrollrat veröffentlichte seinen Jahresbericht 2023."),
    ).toEqual(["Nationaler Normenkontrollrat -> Jahresbericht (review)"]);
    expect(await facts("launches", "Das Land Brandenburg hat eine Digitalagentur errichtet.")).toEqual([
      "Brandenburg -> Digitalagentur (review)",
    ]);
  });

  it("starting an unnamed programme or portal launches it, for review; a survey is not launched", async () => {
    expect(await facts("launches", "Das Land Hessen startet ein neues Förderprogramm für Kommunen.")).toEqual(
      ["Hessen -> Förderprogramm für Kommunen (review)"],
    );
    expect(await facts("launches", "Die Stadt Köln startete eine Umfrage unter ihren Bürgern.")).toEqual([]);
  });

  it("a service that goes live is launched by the owner its phrase names, for review", async () => {
    expect(await facts("launches", "Die App des Landes Bayern geht im Mai an den Start.")).toEqual([
      "Bayern -> App (review)",
    ]);
    expect(await facts("launches", "Das neue Serviceportal der Stadt Köln ist seit Montag online.")).toEqual([
      "Köln -> neue Serviceportal (review)",
    ]);
    expect(await facts("launches", "Das Portal ist online. Die Stadt Köln geht neue Wege.")).toEqual([]);
  });

  it("opening a named centre launches it; opening a meeting launches nothing", async () => {
    expect(await facts("launches", "Der Bund eröffnete das „Zentrum für Digitale Souveränität“.")).toEqual([
      // (the reference knows the centre by its short name too)
      "Bund -> Zentrum für Digitale Souveränität der Öffentlichen Verwaltung (review)",
    ]);
    expect(await facts("launches", "Der Bund eröffnete die Sitzung des IT-Planungsrats in Berlin.")).toEqual(
      [],
    );
  });
});

describe("adopts: more verbs of deciding and agreeing", () => {
  it("agreeing on, signing, passing a motion", async () => {
    expect(
      await facts(
        "adopts",
        "Der IT-Planungsrat hat sich auf einen gemeinsamen Standard für Schnittstellen verständigt.",
      ),
    ).toEqual(["IT-Planungsrat -> gemeinsamen Standard für Schnittstellen (written)"]);
    expect(
      await facts("adopts", "Bayern und Hessen unterschrieben den Staatsvertrag über die FITKO."),
    ).toEqual([
      "Bayern -> Staatsvertrag über die FITKO (written)",
      "Hessen -> Staatsvertrag über die FITKO (written)",
    ]);
    expect(await facts("adopts", "Der Bundesrat nahm den Antrag von Bayern an.")).toEqual([
      "Bundesrat -> Antrag von Bayern (written)",
    ]);
  });

  it("a passive that opens the sentence is the body named before, for review", async () => {
    expect(
      await facts(
        "adopts",
        "Der IT-Planungsrat tagte in Berlin. Angenommen wurde die Resolution zur Registermodernisierung.",
      ),
    ).toEqual(["IT-Planungsrat -> Resolution zur Registermodernisierung (review)"]);
    expect(
      await facts(
        "adopts",
        "Der Bundesrat tagte am Freitag. Beschlossen wurde ein Gesetz zur Förderung der E-Akte.",
      ),
    ).toEqual(["Bundesrat -> Gesetz zur Förderung der E-Akte (review)"]);
  });

  it("approving, issuing a regulation, concluding an agreement, taking a decision", async () => {
    expect(await facts("adopts", "Der IT-Planungsrat hat die neue Geschäftsordnung abgesegnet.")).toEqual([
      "IT-Planungsrat -> neue Geschäftsordnung (written)",
    ]);
    expect(
      await facts(
        "adopts",
        "Das Land Thüringen erlässt eine Richtlinie für den IT-Einsatz in der Landesverwaltung.",
      ),
    ).toEqual(["Thüringen -> Richtlinie für den IT-Einsatz in der Landesverwaltung (written)"]);
    expect(
      await facts("adopts", "Hessen und Bayern schlossen eine Vereinbarung über den Betrieb der E-Akte ab."),
    ).toEqual([
      "Bayern -> Vereinbarung über den Betrieb der E-Akte (written)",
      "Hessen -> Vereinbarung über den Betrieb der E-Akte (written)",
    ]);
    expect(
      await facts("adopts", "Der IT-Planungsrat fasste einen Beschluss zur Förderung offener Standards."),
    ).toEqual(["IT-Planungsrat -> Beschluss zur Förderung offener Standards (written)"]);
  });

  it("consent given to a law, as a dative or a 'zu' phrase, adopts the law", async () => {
    expect(await facts("adopts", "Der Bundesrat gab seine Zustimmung zum Onlinezugangsgesetz.")).toEqual([
      "Bundesrat -> Onlinezugangsgesetz (written)",
    ]);
    expect(
      await facts("adopts", "Der Bundesrat erteilte dem Registermodernisierungsgesetz seine Zustimmung."),
    ).toEqual(["Bundesrat -> Registermodernisierungsgesetz (written)"]);
  });

  it("the members of a body decide for it; a bill named by what it is is the law named before", async () => {
    expect(
      await facts(
        "adopts",
        "Die Mitglieder des IT-Planungsrats haben die Föderale Architekturrichtlinie beschlossen.",
      ),
    ).toEqual(["IT-Planungsrat -> Föderale Architekturrichtlinie (written)"]);
    expect(
      await facts(
        "adopts",
        "Das Onlinezugangsänderungsgesetz ist umstritten. Der Bundesrat hat das Vorhaben am Freitag verabschiedet.",
      ),
    ).toEqual(["Bundesrat -> Onlinezugangsänderungsgesetz (review)"]);
  });

  it("taking part, or concluding a project, adopts nothing", async () => {
    expect(await facts("adopts", "Die Digitalministerkonferenz nahm an der Sitzung teil.")).toEqual([]);
    expect(await facts("adopts", "Das Land Hessen hat das Projekt erfolgreich abgeschlossen.")).toEqual([]);
  });
});

describe("announces: plans, goals and positions in more words", () => {
  it("intending, aiming at, holding out the prospect of, for review", async () => {
    expect(
      await facts(
        "announces",
        "Das Land Bremen hat vor, alle Verwaltungsleistungen bis 2025 online anzubieten.",
      ),
    ).toEqual(["Bremen -> alle Verwaltungsleistungen bis 2025 online anbieten (review)"]);
    expect(
      await facts("announces", "Der Freistaat Sachsen beabsichtigt, ein eigenes Bürgerkonto einzuführen."),
    ).toEqual(["Sachsen -> ein eigenes Bürgerkonto einführen (review)"]);
    expect(
      await facts("announces", "Die Stadt München strebt eine vollständig digitale Verwaltung an."),
    ).toEqual(["München -> eine vollständig digitale Verwaltung (review)"]);
    expect(
      await facts("announces", "Das Land Hessen stellt eine Förderung für kommunale Portale in Aussicht."),
    ).toEqual(["Hessen -> eine Förderung für kommunale Portale (review)"]);
  });

  it("a goal set is the infinitive clause on the goal", async () => {
    expect(
      await facts(
        "announces",
        "Der IT-Planungsrat setzt sich zum Ziel, die Registermodernisierung zu beschleunigen.",
      ),
    ).toEqual(["IT-Planungsrat -> die Registermodernisierung beschleunigen (review)"]);
  });

  it("a goal named with its owner is announced by the owner, for review", async () => {
    expect(
      await facts(
        "announces",
        "Ziel des Freistaats Sachsen ist es, bis 2025 alle Leistungen online anzubieten.",
      ),
    ).toEqual(["Sachsen -> bis 2025 alle Leistungen online anbieten (review)"]);
    expect(
      await facts(
        "announces",
        "Das Ziel der Stadt Leipzig ist, die Verwaltung vollständig zu digitalisieren.",
      ),
    ).toEqual(["Leipzig -> die Verwaltung vollständig digitalisieren (review)"]);
    expect(await facts("announces", "Ziel ist es, die Verwaltung zu digitalisieren.")).toEqual([]);
  });

  it("speaking out for and warning against are positions named as such", async () => {
    expect(
      await facts(
        "announces",
        "Der Deutsche Landkreistag spricht sich für eine zentrale Plattform für Bauanträge aus.",
      ),
    ).toEqual(["Deutscher Landkreistag -> Unterstützung für zentrale Plattform für Bauanträge (review)"]);
    expect(
      await facts(
        "announces",
        "Der Deutsche Städtetag warnt vor einem Scheitern der Verwaltungsdigitalisierung.",
      ),
    ).toEqual(["Deutscher Städtetag -> Warnung vor Scheitern der Verwaltungsdigitalisierung (review)"]);
  });

  it("a demand stated as a 'dass' clause, and plans presented, are announced, for review", async () => {
    expect(
      await facts(
        "announces",
        "Der Deutsche Städtetag fordert, dass der Bund die Kosten der Digitalisierung trägt.",
      ),
    ).toEqual([
      "Deutscher Städtetag -> Forderung, dass der Bund die Kosten der Digitalisierung trägt (review)",
    ]);
    expect(
      await facts("announces", "Das Land Hessen stellte Pläne für ein zentrales Bürgerportal vor."),
    ).toEqual(["Hessen -> Pläne für ein zentrales Bürgerportal (review)"]);
    expect(
      await facts("announces", "Die Stadt Leipzig hat ihre Pläne für ein neues Bürgerportal vorgestellt."),
    ).toEqual(["Leipzig -> Pläne für ein neues Bürgerportal (review)"]);
  });

  it("a named actor's intention with a target time is a plan; without one, or a pronoun's, it is not", async () => {
    expect(
      await facts(
        "announces",
        "Der Freistaat Thüringen will bis 2025 alle Verwaltungsleistungen online anbieten.",
      ),
    ).toEqual(["Thüringen -> bis 2025 alle Verwaltungsleistungen online anbieten (review)"]);
    expect(
      await facts(
        "announces",
        "Die Bundesregierung wird im Mai die Plattform „Bund ID“ für alle Bürger öffnen.",
      ),
    ).toEqual(["Bund -> im Mai die Plattform Bund ID für alle Bürger öffnen (review)"]);
    expect(
      await facts(
        "announces",
        "Der Bundesrat wird in seiner Sitzung am 14. Dezember über das Gesetz beraten.",
      ),
    ).toEqual([]);
    expect(
      await facts("announces", "Der Freistaat Thüringen will alle Verwaltungsleistungen online anbieten."),
    ).toEqual([]);
    expect(
      await facts("announces", "„Wir wollen bis 2025 alle Leistungen online anbieten“, sagte er."),
    ).toEqual([]);
  });
});

describe("funds: money given by more verbs and nouns", () => {
  it("supporting or investing funds only with money named", async () => {
    expect(
      await facts("funds", "Das Land Hessen unterstützt die Stadt Darmstadt mit 2 Millionen Euro."),
    ).toEqual(["Hessen -> Darmstadt 2000000 (review)"]);
    expect(
      await facts("funds", "Das Land Hessen unterstützt die Stadt Darmstadt bei der Digitalisierung."),
    ).toEqual([]);
    expect(
      await facts("funds", "Der Bund investiert 500 Millionen Euro in das Programm „Digitale Verwaltung“."),
    ).toEqual(["Bund -> Digitale Verwaltung 500000000 (review)"]);
  });

  it("taking money in hand for something funds it; taking a topic in hand does not", async () => {
    expect(
      await facts(
        "funds",
        "Für das Programm „Digitale Dörfer“ nimmt das Land Rheinland-Pfalz insgesamt 7,6 Millionen Euro in die Hand.",
      ),
    ).toEqual(["Rheinland-Pfalz -> Digitale Dörfer 7600000 (review)"]);
    expect(await facts("funds", "Die Stadt Trier nimmt die Digitalisierung selbst in die Hand.")).toEqual([]);
  });

  it("subsidising, and granting money to a dative the parser reads as an object", async () => {
    expect(await facts("funds", "Das Land Bayern bezuschusst das Projekt „Digitales Rathaus“.")).toEqual([
      "Bayern -> Digitales Rathaus (written)",
    ]);
    expect(
      await facts(
        "funds",
        "Das Land Sachsen bewilligte der Stadt Leipzig Fördermittel in Höhe von 3 Millionen Euro.",
      ),
    ).toEqual(["Sachsen -> Leipzig 3000000 (review)"]);
  });

  it("granting money, or taking a share with money, funds; taking part without money does not", async () => {
    expect(
      await facts(
        "funds",
        "Das Land Hessen gewährt der Stadt Darmstadt eine Förderung von 2 Millionen Euro.",
      ),
    ).toEqual(["Hessen -> Darmstadt 2000000 (review)"]);
    expect(
      await facts(
        "funds",
        "Der Bund beteiligt sich mit 5 Millionen Euro an der Plattform „Mein Justizpostfach“.",
      ),
    ).toEqual(["Bund -> Mein Justizpostfach 5000000 (review)"]);
    expect(await facts("funds", "Der Bund beteiligt sich an der Sitzung des IT-Planungsrats.")).toEqual([]);
  });

  it("a grant or subsidy received from a government is funded by it", async () => {
    expect(
      await facts("funds", "Die Stadt Leipzig erhält eine Förderung von 1,5 Millionen Euro vom Bund."),
    ).toEqual(["Bund -> Leipzig 1500000 (review)"]);
    expect(
      await facts(
        "funds",
        "Die Stadt Soest bekommt vom Land Nordrhein-Westfalen Zuschüsse in Höhe von 400.000 Euro.",
      ),
    ).toEqual(["Nordrhein-Westfalen -> Soest 400000 (review)"]);
    expect(
      await facts(
        "funds",
        "Die Stadt Jena erhält vom Land Thüringen Fördermittel in Höhe von 2 Millionen Euro.",
      ),
    ).toEqual(["Thüringen -> Jena 2000000 (review)"]);
  });
});
