/**
 * Shapes of adopts and launches beyond a verb and its object, on invented sentences: heads of
 * government, parliaments and governments as actors, actors hung inside a long name, decisions
 * in a "dass" clause or named by their purpose, consent and starts in idioms, a generic "das
 * Projekt" (parses recorded in tests/fixtures/parses/decision-shapes.json;
 * GOVGRAPH_RECORD_PARSES=1 re-records; announces: announce-shapes.test.ts).
 */
import { describe, expect, it } from "vitest";
import { shownFacts } from "../../helpers/shown-facts.js";

const facts = shownFacts("decision-shapes");

describe("adopts: heads of government named by their office", () => {
  it("the heads of the Bund and the Länder are one actor named by their phrase, for review", async () => {
    expect(
      await facts(
        "adopts",
        "Die Regierungschefs von Bund und Ländern haben die föderale Modernisierungsagenda beschlossen.",
      ),
    ).toEqual(["Regierungschefs von Bund und Ländern -> föderale Modernisierungsagenda (review)"]);
  });

  it("both gender forms of one office are one actor", async () => {
    expect(
      await facts(
        "adopts",
        "Die Ministerpräsidentinnen und Ministerpräsidenten haben das Eckpunktepapier zur Verwaltungsdigitalisierung verabschiedet.",
      ),
    ).toEqual([
      "Ministerpräsidentinnen und Ministerpräsidenten -> Eckpunktepapier zur Verwaltungsdigitalisierung (review)",
    ]);
    expect(
      await facts(
        "adopts",
        "Die Regierungschefinnen und Regierungschefs der Länder billigten den Staatsvertrag über das Nationale Once-Only-Technical-System.",
      ),
    ).toEqual([
      "Regierungschefinnen und Regierungschefs der Länder -> Staatsvertrag über das Nationale Once-Only-Technical-System (review)",
    ]);
  });

  it("a chancellor without a name is the office itself", async () => {
    expect(await facts("adopts", "Der Bundeskanzler hat den Digitalpakt unterzeichnet.")).toEqual([
      "Bundeskanzler -> Digitalpakt (review)",
    ]);
  });
});

describe("adopts: parliaments and councils, and a cabinet the parser read as the object", () => {
  it("a parliament or council is named by its phrase in the nominative, for review", async () => {
    expect(await facts("adopts", "Der Hessische Landtag hat das E-Government-Gesetz verabschiedet.")).toEqual(
      ["Hessischer Landtag -> E-Government-Gesetz (review)"],
    );
    expect(
      await facts(
        "adopts",
        "Der Landtag von Sachsen-Anhalt hat das Gesetz zur Digitalisierung der Verwaltung beschlossen.",
      ),
    ).toEqual(["Landtag von Sachsen-Anhalt -> Gesetz zur Digitalisierung der Verwaltung (review)"]);
    expect(await facts("adopts", "Der Stadtrat von Leipzig hat die Digitalstrategie beschlossen.")).toEqual([
      "Stadtrat von Leipzig -> Digitalstrategie (review)",
    ]);
  });

  it("a bare Landtag is the one of the Land the item is about", async () => {
    expect(
      await facts(
        "adopts",
        "Brandenburg baut die Verwaltung um. Der Landtag hat das E-Government-Gesetz beschlossen.",
      ),
    ).toEqual(["Landtag Brandenburg -> E-Government-Gesetz (review)"]);
  });

  it("a Land's government named with its Land decides for that Land", async () => {
    expect(
      await facts(
        "adopts",
        "Die Landesregierung von Rheinland-Pfalz hat das Digitalisierungsgesetz beschlossen.",
      ),
    ).toEqual(["Rheinland-Pfalz -> Digitalisierungsgesetz (written)"]);
    expect(
      await facts("adopts", "Das Kabinett des Landes Hessen hat die Digitalstrategie beschlossen."),
    ).toEqual(["Hessen -> Digitalstrategie (written)"]);
  });

  it("a decision in a numbered session, whose ordinal the parser took for a sentence end, keeps its adopter", async () => {
    expect(
      await facts(
        "adopts",
        "Der IT-Planungsrat hat in seiner 45. Sitzung die Föderale Digitalstrategie beschlossen.",
      ),
    ).toEqual(["IT-Planungsrat -> Föderale Digitalstrategie (written)"]);
    expect(
      await facts(
        "adopts",
        "Die Digitalministerkonferenz hat auf ihrer 3. Sitzung die Deutschland-Stack-Strategie verabschiedet.",
      ),
    ).toEqual(["Digitalministerkonferenz -> Deutschland-Stack-Strategie (written)"]);
  });

  it("subject and object swapped by the parser are read back", async () => {
    expect(await facts("adopts", "Das Bundeskabinett hat die Digitalstrategie beschlossen.")).toEqual([
      "Bund -> Digitalstrategie (written)",
    ]);
  });
});

describe("actors conjoined to a long name", () => {
  it("an actor the parser hung on a word inside a ministry's name acts beside the ministry", async () => {
    expect(
      await facts(
        "adopts",
        "Das Bundesministerium für Wirtschaft und Klimaschutz und der Freistaat Sachsen haben eine Vereinbarung über ein Reallabor unterzeichnet.",
      ),
    ).toEqual([
      "Bundesministerium für Wirtschaft und Klimaschutz -> Vereinbarung über ein Reallabor (written)",
      "Sachsen -> Vereinbarung über ein Reallabor (written)",
    ]);
    expect(
      await facts(
        "launches",
        "Das Bundesministerium für Bildung und Forschung und der Freistaat Bayern haben die Plattform „Mein Bildungsraum“ gestartet.",
      ),
    ).toEqual([
      "Bayern -> Mein Bildungsraum (written)",
      "Bundesministerium für Bildung und Forschung -> Mein Bildungsraum (written)",
    ]);
  });
});

describe("adopts: a decision named by what it is for", () => {
  it("decisions taken to further something are named with their purpose, for review", async () => {
    expect(
      await facts(
        "adopts",
        "Die Digitalministerkonferenz hat Beschlüsse gefasst, um die Cloud-Strategie der Länder voranzubringen.",
      ),
    ).toEqual([
      "Digitalministerkonferenz -> Beschlüsse, um die Cloud-Strategie der Länder voranzubringen (review)",
    ]);
    expect(
      await facts(
        "adopts",
        "Der IT-Planungsrat fasste in seiner Sitzung einen Beschluss, um die Registermodernisierung zu beschleunigen.",
      ),
    ).toEqual(["IT-Planungsrat -> Beschluss, um die Registermodernisierung zu beschleunigen (review)"]);
  });

  it("what is decided or agreed in a 'dass' clause is the clause as written, for review", async () => {
    expect(
      await facts(
        "adopts",
        "Der IT-Planungsrat beschließt, dass die Länder bis Ende 2025 einen gemeinsamen Standard für Bauanträge einführen.",
      ),
    ).toEqual([
      "IT-Planungsrat -> die Länder bis Ende 2025 einen gemeinsamen Standard für Bauanträge einführen (review)",
    ]);
    expect(
      await facts(
        "adopts",
        "Bund und Länder haben vereinbart, dass die FITKO die Koordinierung der Registermodernisierung übernimmt.",
      ),
    ).toEqual([
      "Bund -> die FITKO die Koordinierung der Registermodernisierung übernimmt (review)",
      "Länder -> die FITKO die Koordinierung der Registermodernisierung übernimmt (review)",
    ]);
    expect(
      await facts("adopts", "Der IT-Planungsrat beschloss, dass die Arbeitsgruppe nicht fortgeführt wird."),
    ).toEqual([]);
  });

  it("a decision about something keeps its own phrase", async () => {
    expect(await facts("adopts", "Der Bundesrat fasste einen Beschluss zur Registermodernisierung.")).toEqual(
      ["Bundesrat -> Beschluss zur Registermodernisierung (written)"],
    );
  });
});

describe("adopts: consent in an idiom", () => {
  it("green light for, or clearing the way for, something adopts it, for review", async () => {
    expect(
      await facts("adopts", "Der Bundesrat hat grünes Licht für das Onlinezugangsgesetz gegeben."),
    ).toEqual(["Bundesrat -> Onlinezugangsgesetz (review)"]);
    expect(
      await facts("adopts", "Der Bundestag hat den Weg für die Registermodernisierung frei gemacht."),
    ).toEqual(["Deutscher Bundestag -> Registermodernisierung (review)"]);
  });
});

describe("launches: setting a named thing going", () => {
  it("a thing 'aus der Taufe gehoben' is launched; a service that 'ist live gegangen' by its owner", async () => {
    expect(
      await facts("launches", "Die Stadt Köln hat das Portal „Köln digital“ aus der Taufe gehoben."),
    ).toEqual(["Köln -> Portal Köln digital (written)"]);
    expect(await facts("launches", "Das Serviceportal des Landes Berlin ist live gegangen.")).toEqual([
      "Berlin -> Serviceportal (review)",
    ]);
  });

  it("a named treaty or programme brought on its way is launched, for review", async () => {
    expect(
      await facts("launches", "Der IT-Planungsrat hat den NOOTS-Staatsvertrag auf den Weg gebracht."),
    ).toEqual(["IT-Planungsrat -> NOOTS-Staatsvertrag (review)"]);
    expect(
      await facts(
        "launches",
        "Nordrhein-Westfalen brachte das Förderprogramm „Digitale Modellregionen“ auf den Weg.",
      ),
    ).toEqual(["Nordrhein-Westfalen -> Digitale Modellregionen (review)"]);
  });

  it("a generic project noun is the project it is named as, or the one named before, for review", async () => {
    expect(
      await facts(
        "launches",
        "Elterngeld digital heißt das Projekt, das der Bund nun gemeinsam mit den Ländern Berlin und Sachsen startet.",
      ),
    ).toEqual(["Bund -> Elterngeld digital (review)"]);
    expect(
      await facts(
        "launches",
        "Das Land Hessen hat das Projekt „Digitale Schule“ vorbereitet. Im Mai startet das Land das Projekt.",
      ),
    ).toEqual(["Hessen -> Digitale Schule (review)"]);
  });

  it("a launch that is only decided, planned or demanded ('zu' infinitive) is no launch", async () => {
    expect(
      await facts(
        "launches",
        "Das Land Niedersachsen baut die Verwaltung um. Die Landesregierung hat zudem beschlossen, eine Digitalagentur zu gründen.",
      ),
    ).toEqual([]);
    expect(
      await facts("launches", "Der Landkreistag fordert die Länder auf, das Portal freizuschalten."),
    ).toEqual([]);
    expect(await facts("launches", "Das Land Hessen hat die Digitalagentur gegründet.")).toEqual([
      "Hessen -> Digitalagentur (written)",
    ]);
  });

  it("an unnamed thing on its way says too little", async () => {
    expect(await facts("launches", "Die Stadt Köln hat ein neues Verfahren auf den Weg gebracht.")).toEqual(
      [],
    );
  });
});

describe("launches: publishing an app, setting up a programme, a launch without an agent", () => {
  it("an app is published and a programme set up", async () => {
    expect(await facts("launches", "Das Land Hessen hat die App „Hessen-Warn“ veröffentlicht.")).toEqual([
      "Hessen -> Hessen-Warn (written)",
    ]);
    expect(
      await facts("launches", "Das Land Sachsen legt ein neues Förderprogramm für Kommunen auf."),
    ).toEqual(["Sachsen -> neues Förderprogramm für Kommunen (review)"]);
    expect(
      await facts(
        "launches",
        "Das Bundesministerium des Innern hat das Förderprogramm „Digitale Verwaltung“ aufgelegt.",
      ),
    ).toEqual(["Bundesministerium des Innern -> Förderprogramm Digitale Verwaltung (review)"]);
  });

  it("a passive without an agent is launched by the owner its subject names, for review", async () => {
    expect(await facts("launches", "Das neue Serviceportal der Stadt Köln wurde freigeschaltet.")).toEqual([
      "Köln -> neue Serviceportal (review)",
    ]);
    expect(await facts("launches", "Das neue Portal wurde gestartet.")).toEqual([]);
  });

  it("an organisation the gazetteer does not know launches only a named thing, for review", async () => {
    expect(
      await facts("launches", "Das Studentenwerk Darmstadt hat die App „BAföG mobil“ veröffentlicht."),
    ).toEqual(["Studentenwerk Darmstadt -> BAföG mobil (review)"]);
    expect(await facts("launches", "Das Studentenwerk Darmstadt hat auf die E-Akte umgestellt.")).toEqual([]);
  });
});
