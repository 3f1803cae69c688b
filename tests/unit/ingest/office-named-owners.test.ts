/**
 * Whose office a role is when the news name the owner in a shape the older rules misread: a
 * dateline place the parser hangs on the role, a company named in apposition after the role, a
 * role that only names someone else's department, and an office handed over or made "zum" CIO
 * and the body a chair is of when a sentence names two, and the employer named beside a role
 * after "als", and an owner with a name of its own: a council, a Studentenwerk, a party's Land
 * association
 * (sentences written for these tests; parses in tests/fixtures/parses/office-named-owners.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts, offices, roles } = portalItems("office-named-owners");

/** The chairs of an article as "holder -> body". */
async function chairs(text: string): Promise<string[]> {
  return (await facts(text, "chairs")).map(pair);
}

describe("the owner named with a role", () => {
  it("is the Land in the genitive before the role, not the dateline's city the parser hung on it", async () => {
    expect(
      await offices(
        "Hannover (dpa) - Niedersachsens Staatskanzleichef Jörg Mielke übernimmt den Vorsitz des Beirats beim IT-Dienstleister Dataport.",
      ),
    ).toEqual(["Jörg Mielke -> Niedersachsen (Staatskanzleichef)"]);
  });

  it("is the company named in apposition right after the role, with all of its name", async () => {
    expect(await offices("Neuer Vorsitzender ist Jens Vogt, Geschäftsführer Regio IT Aachen.")).toEqual([
      "Jens Vogt -> Regio IT Aachen (Geschäftsführer)",
    ]);
  });
});

describe("the owner named with a role, further shapes", () => {
  it("is a federal agency named by its own compound in the genitive", async () => {
    expect(await offices("Zu Gast war auch der Präsident der Bundesnetzagentur, Klaus Müller.")).toEqual([
      "Klaus Müller -> Bundesnetzagentur (Präsident)",
    ]);
  });

  it("is the Land of the capital whose name describes its Staatskanzlei", async () => {
    expect(
      await offices(
        "Die Zusammenarbeit werde gestärkt, sagte Dr. Benjamin Grimm, Staatssekretär der Brandenburger Staatskanzlei.",
      ),
    ).toEqual(["Benjamin Grimm -> Brandenburg (Staatssekretär)"]);
  });

  it("is the county in the holder's own parenthesis for each of two district administrators", async () => {
    expect(
      await offices(
        "Gewählt wurden Landrat Peter Kern (CDU, Kreis Ostholstein) und Landrat Jens Vogt (SPD, Landkreis Tübingen).",
      ),
    ).toEqual(["Peter Kern -> Kreis Ostholstein (Landrat)", "Jens Vogt -> Landkreis Tübingen (Landrat)"]);
  });

  it("is read from a predicate the parser hung on 'bleibt' as on a full verb", async () => {
    expect(
      await roles(
        "Anna Schmidt bleibt auch in den kommenden zwei Jahren Präsidentin des Deutschen Landkreistags.",
      ),
    ).toEqual(["Anna Schmidt -> Deutscher Landkreistag (Präsidentin)"]);
  });
});

describe("a government office in an article that names no Land", () => {
  it("belongs to the Land of the town named before, a place of a meeting included", async () => {
    expect(
      await offices(
        "Die neue Regierung kam am Montag in Schwerin zusammen. Das teilte Ministerpräsidentin Anna Lenz (SPD) nach der ersten Sitzung mit.",
      ),
    ).toEqual(["Anna Lenz -> Mecklenburg-Vorpommern (Ministerpräsidentin)"]);
  });
});

describe("a federal article that names a city-state only as a place", () => {
  it("gives an office named without its owner to the Bund, not to the city-state", async () => {
    const offices_ = await offices(
      "Der IT-Beauftragte der Bundesregierung, Peter Lorenz, wechselt ins Finanzministerium. Als Nachfolgerin gilt die neue Innen-Staatssekretärin Anna Lenz. Am Rande eines Kongresses in Berlin sagte ein Abgeordneter, der Posten werde bald besetzt.",
    );
    expect(offices_).toContain("Anna Lenz -> Bund (Innen-Staatssekretärin)");
    expect(offices_.filter((o) => o.includes("Berlin"))).toEqual([]);
  });
});

describe("a town's digital officer", () => {
  it("is the town's when the sentence names the town as an actor, not its Land's", async () => {
    expect(
      await offices(
        "Die Stadt Kaiserslautern hat eine neue Digitalchefin: Ilona Benz wird Nachfolgerin von Dieter Rombach als CDO.",
      ),
    ).toEqual(["Ilona Benz -> Kaiserslautern (CDO)", "Dieter Rombach -> Kaiserslautern (CDO)"]);
  });

  it("stays the Land's where the town is only where someone spoke", async () => {
    expect(
      await offices("Der CIO Anna Lenz sprach in Köln über die Strategie des Landes Nordrhein-Westfalen."),
    ).toEqual(["Anna Lenz -> Nordrhein-Westfalen (CIO)"]);
  });
});

describe("offices the parser misreads", () => {
  it("reads a copula after a name and its party in parentheses", async () => {
    expect(
      await offices(
        "Anna Lenz (SPD) wird die neue Ministerin für Arbeit und Digitalisierung in Rheinland-Pfalz.",
      ),
    ).toEqual(["Anna Lenz -> Rheinland-Pfalz (Ministerin für Arbeit und Digitalisierung)"]);
  });

  it("gives a 'zum' office to the one person named after the appointing participle", async () => {
    expect(
      await offices(
        "Zum neuen Chef der Staatskanzlei in Kiel ist der bisherige Finanzstaatssekretär Peter Lorenz (SPD) ernannt worden.",
      ),
    ).toContain("Peter Lorenz -> Schleswig-Holstein (Chef)");
  });

  it("gives a 'zum' office to the one appointed, not to the minister named first", async () => {
    expect(
      await offices("Bundesinnenministerin Anna Lenz hat Peter Kern zum Präsidenten des BSI ernannt."),
    ).toEqual([
      "Anna Lenz -> Bund (Bundesinnenministerin)",
      "Peter Kern -> Bundesamt für Sicherheit in der Informationstechnik (Präsident)",
    ]);
  });

  it("reads a copula over the time between it and the role", async () => {
    expect(await offices("Anna Lenz ist seit Mai Digitalstaatssekretärin in Sachsen.")).toEqual([
      "Anna Lenz -> Sachsen (Digitalstaatssekretärin)",
    ]);
  });

  it("reads a name between two roles and a Land's genitive after the comma", async () => {
    expect(
      await offices("Thüringens CIO, Staatssekretär Peter Kern, sagte, das Land sei gut vorbereitet."),
    ).toEqual(["Peter Kern -> Thüringen (CIO)", "Peter Kern -> Thüringen (Staatssekretär)"]);
    expect(
      await offices(
        "„Wir sind gut vorbereitet“, sagte Peter Kern, Thüringens Beauftragter für E-Government.",
      ),
    ).toEqual(["Peter Kern -> Thüringen (Beauftragter für E-Government)"]);
  });

  it("reads an office conjoined with a predicate that is no office", async () => {
    expect(
      await offices("Peter Lorenz ist Jurist und Staatssekretär im sächsischen Innenministerium."),
    ).toEqual(["Peter Lorenz -> Sachsen (Staatssekretär)"]);
  });

  it("never makes the town a minister comes from the owner of her office", async () => {
    expect(
      await offices(
        "Unter der Führung der neuen Staatsministerin Prof. Dr. Kristina Sinemus aus Darmstadt werden in Hessen die Kompetenzen gebündelt.",
      ),
    ).toEqual(["Kristina Sinemus -> Hessen (Staatsministerin)"]);
  });
});

describe("an office in a relative clause", () => {
  it("is not the office of a department the person moved to", async () => {
    expect(
      await offices(
        "Co-CIO in Sachsen bleibt Peter Braun, der jetzt in das Ressort der Ministerin für Digitales gewechselt ist.",
      ),
    ).toEqual(["Peter Braun -> Sachsen (Co-CIO)"]);
  });
});

describe("an office someone is elected to 'als'", () => {
  it("names the role in the nominative its adjective's ending calls for", async () => {
    expect(
      await offices("Die Mitglieder wählten Jan Roth als neuen Vorstandsvorsitzenden von Vitako."),
    ).toEqual(["Jan Roth -> Vitako (Vorstandsvorsitzender)"]);
    expect(
      await offices("Die Mitglieder wählten Anna Roth als neue Vorstandsvorsitzende von Vitako."),
    ).toEqual(["Anna Roth -> Vitako (Vorstandsvorsitzende)"]);
  });
});

describe("an office handed to a person", () => {
  it("goes to the person named with 'an' when a government hands the function over", async () => {
    expect(
      await offices(
        "Die sächsische Landesregierung überträgt das Amt des CIO an Staatssekretärin Anna Schulz.",
      ),
    ).toContain("Anna Schulz -> Sachsen (CIO)");
  });

  it("goes to the person a function was handed 'auf' in a passive the parser reads as a noun phrase", async () => {
    expect(
      await offices(
        "Seit dem 20. März 2020 ist die Aufgabe des IT-Bevollmächtigten der Landesregierung in Niedersachsen auf Dr. Horst Baier übertragen worden.",
      ),
    ).toEqual(["Horst Baier -> Niedersachsen (IT-Bevollmächtigter)"]);
  });

  it("goes to the person a cabinet makes 'zum' CIO, the compound cut at its hyphen included", async () => {
    expect(
      await offices(
        "Das Kabinett in Wiesbaden beschloss, Staatssekretär Paul Weber zum neuen Landes-CIO zu machen.",
      ),
    ).toContain("Paul Weber -> Hessen (Landes-CIO)");
  });
});

describe("the body chaired 'unter dem Vorsitz von'", () => {
  it("is the body named last before the chair, not an earlier one of the sentence", async () => {
    expect(
      await chairs(
        "Nachdem es bisher nur Treffen im Format D16 gab, tagte nun die Digitalministerkonferenz unter dem Vorsitz von Berlin und Brandenburg in Potsdam.",
      ),
    ).toEqual(["Berlin -> Digitalministerkonferenz", "Brandenburg -> Digitalministerkonferenz"]);
  });
});

describe("a plural role before a list of names", () => {
  it("gives each listed person the role and the government in their parenthesis, for review", async () => {
    expect(
      await offices(
        "Die Digitalstaatssekretäre Anna Lenz (Sachsen) und Peter Kern (Thüringen) unterzeichneten die Vereinbarung.",
      ),
    ).toEqual([
      "Anna Lenz -> Sachsen (Digitalstaatssekretärin)",
      "Peter Kern -> Thüringen (Digitalstaatssekretär)",
    ]);
  });

  it("gives each listed person the role and the town named with 'aus' after them, for review", async () => {
    expect(
      await offices(
        "Bestätigt wurden die Oberbürgermeister Ulf Kämpfer aus Kiel und Pit Clausen aus Bielefeld.",
      ),
    ).toEqual(["Ulf Kämpfer -> Kiel (Oberbürgermeister)", "Pit Clausen -> Bielefeld (Oberbürgermeister)"]);
  });

  it("gives no owner where the parentheses name only parties", async () => {
    expect(await offices("Die Minister Anna Lenz (SPD) und Peter Kern (CDU) stritten.")).toEqual([]);
  });
});

describe("a role that is an adjective used as a noun", () => {
  it("is named in the nominative its article shows: masculine after 'zum', feminine after 'zur'", async () => {
    expect(
      await offices("Der Landtag wählte Peter Kern zum neuen Datenschutzbeauftragten des Landes Hessen."),
    ).toEqual(["Peter Kern -> Hessen (Datenschutzbeauftragter)"]);
    expect(
      await offices(
        "Die Landesregierung ernannte Anna Lenz zur Beauftragten für Digitalisierung in Sachsen.",
      ),
    ).toEqual(["Anna Lenz -> Sachsen (Beauftragte für Digitalisierung)"]);
  });
});

describe("an association, a known organisation or a county as the owner", () => {
  it("is the association a Land's name belongs to, not the Land", async () => {
    expect(await roles("Roger Kehle, Präsident des Gemeindetages Baden-Württemberg, sprach.")).toEqual([
      "Roger Kehle -> Gemeindetag Baden-Württemberg (Präsident)",
    ]);
    expect(await roles("Frank Schönborn ist Vorsitzender des Thüringer Beamtenbundes.")).toEqual([
      "Frank Schönborn -> Thüringer Beamtenbund (Vorsitzender)",
    ]);
  });

  it("is a known organisation named right after the role, whatever the tagger took its name for", async () => {
    expect(
      await offices(
        "Bei den Wahlen wurden Kerstin Pliquett, Geschäftsleiterin des KDN, und Matthias Drexelius, Geschäftsführer ekom21, neu in den Vorstand berufen.",
      ),
    ).toEqual([
      "Kerstin Pliquett -> KDN (Geschäftsleiterin)",
      "Matthias Drexelius -> ekom21 (Geschäftsführer)",
    ]);
  });

  it("is the organisation 'deren' refers to, named before the role", async () => {
    expect(
      await offices(
        'Gleichzeitig wurde die Landesoberbehörde "IT Baden-Württemberg" (kurz: BITBW) errichtet und Christian Leinert als deren Präsident eingesetzt.',
      ),
    ).toEqual(["Christian Leinert -> IT Baden-Württemberg (Präsident)"]);
  });

  it("is the company a kind noun names, not the town of the adjective before it", async () => {
    expect(
      await offices("Anna Roth war zuletzt Geschäftsführerin beim Erfurter IT-Dienstleister Q-Soft."),
    ).toEqual(["Anna Roth -> Q-Soft (Geschäftsführerin)"]);
  });

  it("is the organisation a kind noun names by its quoted name", async () => {
    expect(await offices('Anna Keller war bis 2023 Präsidentin des Verbands "Digitale Mitte".')).toEqual([
      "Anna Keller -> Digitale Mitte (Präsidentin)",
    ]);
    expect(await offices("Peter Kern, Vorsitzender des Vereins „Offene Kommune“, sprach.")).toEqual([
      "Peter Kern -> Offene Kommune (Vorsitzender)",
    ]);
  });

  it("is the company a board's officer is 'bei', whatever the tagger took its name for", async () => {
    expect(await offices("Derzeit ist Thomas Berger Aufsichtsratsvorsitzender bei Governikus.")).toEqual([
      "Thomas Berger -> Governikus (Aufsichtsratsvorsitzender)",
    ]);
  });

  it("is the Bundestag for a member of it (a seat: memberOf), and the federal ministry only the Bund has", async () => {
    const text =
      "Einen Sprung macht der Bundestagsabgeordnete Thomas Berger – er wird Staatssekretär im Verteidigungsministerium.";
    expect(await offices(text)).toEqual([
      "Thomas Berger -> Bundesministerium der Verteidigung (Staatssekretär)",
    ]);
    expect((await facts(text, "memberOf")).map(pair)).toEqual(["Thomas Berger -> Deutscher Bundestag"]);
  });

  it("is read over a phrase between the copula and a bare role, a brand before the role not taken for its name", async () => {
    expect(
      await offices(
        "Die 39-jährige Anna Keller wird in der Neuauflage der GroKo Staatsministerin im Bundeskanzleramt.",
      ),
    ).toEqual(["Anna Keller -> Bund (Staatsministerin)"]);
  });

  it("is the county of its Erster Kreisrat", async () => {
    expect(
      await offices(
        "Für dieses Amt schlägt der Minister den Ersten Kreisrat des Landkreises Osnabrück, Stefan Berger, vor.",
      ),
    ).toEqual(["Stefan Berger -> Landkreis Osnabrück (Kreisrat)"]);
  });

  it("is the company of a managing partner", async () => {
    expect(
      await offices("Peter Kern ist Geschäftsführender Gesellschafter der Lindner Datensysteme GmbH."),
    ).toEqual(["Peter Kern -> Lindner Datensysteme GmbH (Gesellschafter)"]);
    expect(
      await offices("Anna Keller ist geschäftsführende Gesellschafterin der Brandt GmbH & Co. KG."),
    ).toEqual(["Anna Keller -> Brandt GmbH & Co. KG (Gesellschafterin)"]);
  });

  it("is the town named in the genitive before the role", async () => {
    expect(await offices("Kölns Oberbürgermeisterin Henriette Reker eröffnete die Messe.")).toEqual([
      "Henriette Reker -> Köln (Oberbürgermeisterin)",
    ]);
    // A small town's genitive counts only right before a town's office.
    expect(await offices("Gastgeber war Straubings Oberbürgermeister Markus Pannermayr.")).toEqual([
      "Markus Pannermayr -> Straubing (Oberbürgermeister)",
    ]);
  });

  it("is the county a Landrat's adjective names when its seat is a small town", async () => {
    expect(await offices("Vizepräsident bleibt der Gothaer Landrat Onno Eckert (SPD).")).toEqual([
      "Onno Eckert -> Landkreis Gotha (Landrat)",
    ]);
    expect(await offices("Der Göttinger Oberbürgermeister Peter Lenz sprach.")).toEqual([
      "Peter Lenz -> Göttingen (Oberbürgermeister)",
    ]);
    // A Landrat is the county's where a large town shares its name.
    expect(await offices("Gastgeber war der Rosenheimer Landrat Otto Lederer.")).toEqual([
      "Otto Lederer -> Landkreis Rosenheim (Landrat)",
    ]);
  });
});

describe("an association's head", () => {
  it("is the head of the association whose name ends in the role's first part", async () => {
    expect(
      await offices(
        "Die Hauptversammlung des Deutschen Städtetages bestätigt Markus Lewe, Oberbürgermeister von Münster, im Amt als Städtetagpräsident.",
      ),
    ).toEqual([
      "Markus Lewe -> Münster (Oberbürgermeister)",
      "Markus Lewe -> Deutscher Städtetag (Städtetagpräsident)",
    ]);
  });

  it("is no officer of a company the sentence names as someone's employer", async () => {
    expect(
      await offices(
        "Vitako hat einen neuen Vorstand. Anna Pohl, Geschäftsführerin ekom21, ist neue Vorstandsvorsitzende.",
      ),
    ).toEqual(["Anna Pohl -> ekom21 (Geschäftsführerin)", "Anna Pohl -> Vitako (Vorstandsvorsitzende)"]);
  });

  it("is the association the item is about, not one named before only as someone's affiliation", async () => {
    const found = await offices(
      "Vitako hat einen neuen Vorstand gewählt. Neu im Vorstand ist Kerstin Pliquett, Geschäftsleiterin des KDN. Lars Hoppmann wurde einstimmig zum stellvertretenden Vorstandsvorsitzenden gewählt.",
    );
    expect(found.filter((f) => f.startsWith("Lars Hoppmann"))).toEqual([
      expect.stringMatching(/^Lars Hoppmann -> Vitako \(/),
    ]);
  });
});

describe("a role after 'als' with its employer beside it", () => {
  it("is an office of the organisation the verb's 'bei' names", async () => {
    expect(await offices("Jan Roth arbeitete zuletzt als Geschäftsführer bei der ekom21.")).toEqual([
      "Jan Roth -> ekom21 (Geschäftsführer)",
    ]);
  });

  it("is no office of an organisation whose event the sentence names", async () => {
    expect(
      await offices("Jan Roth sprach als Präsident beim Kongress des Deutschen Landkreistages."),
    ).toEqual([]);
  });
});

describe("a town named in the parenthesis after a mayor's or Landrat's name", () => {
  it("is the office's owner however small, a Landrat's the county, and a Bavarian first mayor no Hamburg's", async () => {
    expect(
      await offices(
        "Stellvertreter bleiben der Erste Bürgermeister Thomas Zwingel (Zirndorf) und Landrat Erwin Schneider (Altötting). Neu ist die Erste Bürgermeisterin Susanna Tausendfreund (Pullach i. Isartal, Bayerischer Städtetag).",
      ),
    ).toEqual([
      "Thomas Zwingel -> Zirndorf (Bürgermeister)",
      "Erwin Schneider -> Landkreis Altötting (Landrat)",
      "Susanna Tausendfreund -> Pullach i.Isartal (Bürgermeisterin)",
    ]);
  });

  it("gives a district assembly's president no Land (his deputy's office is the organisation's)", async () => {
    expect(
      await offices(
        "In Bayern tagte die AKDB. Zweiter Stellvertreter ist Bezirkstagspräsident Josef Mederer (Oberbayern).",
      ),
    ).toEqual(["Josef Mederer -> AKDB (Stellvertreter)"]);
  });
});

describe("the owner named by a name of its own after the role", () => {
  it("is a council named with its country, not the Bund", async () => {
    expect(
      await offices(
        "Als Nachfolger soll Arne Weber, bisher Präsident des Cyber-Sicherheitsrates Deutschland, das Amt leiten.",
      ),
    ).toEqual(["Arne Weber -> Cyber-Sicherheitsrat Deutschland (Präsident)"]);
  });

  it("is a Studentenwerk named with its town, not the town", async () => {
    expect(
      await offices("Lydia Berger ist derzeit auch Geschäftsführerin des Studentenwerks Halle."),
    ).toEqual(["Lydia Berger -> Studentenwerk Halle (Geschäftsführerin)"]);
  });

  it("is a party's Land association, not the Land", async () => {
    expect(
      await offices("Lydia Berger war zuvor stellvertretende Landesvorsitzende der FDP Sachsen-Anhalt."),
    ).toEqual(["Lydia Berger -> FDP Sachsen-Anhalt (stellvertretende Landesvorsitzende)"]);
  });
});
