/**
 * Offices named in a relative clause on a person, and offices whose owner only the article as a
 * whole names (the Bund of a federal article, the Land of the towns it names), on sentences
 * written for these tests (parses in tests/fixtures/parses/office-context.json).
 */
import { describe, expect, it } from "vitest";
import { destination, pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("office-context");

/** The offices of an article as "person -> owner (role, review|graph)". */
async function offices(text: string): Promise<string[]> {
  return (await facts(text, "holdsOffice")).map((f) => `${pair(f)} (${f.role ?? ""}, ${destination(f)})`);
}

/** The offices and the chairs named by a role (an association's president chairs it), the same way. */
async function roles(text: string): Promise<string[]> {
  return (await facts(text, ["holdsOffice", "chairs"]))
    .filter((f) => f.type === "holdsOffice" || f.role !== undefined)
    .map((f) => `${pair(f)} (${f.role ?? ""}, ${destination(f)})`);
}

/** "person -> owner (role)": the offices without where they go (graph or review). */
const withoutDestination = (found: string[]) => found.map((f) => f.replace(/, (review|graph)\)$/, ")"));

/** "person -> owner": the offices without role and destination. */
const pairsOnly = (found: string[]) => found.map((f) => f.replace(/ \(.*/, ""));

/** The successions of an article as "successor -> predecessor". */
async function successions(text: string): Promise<string[]> {
  return (await facts(text, "succeeds")).map(pair);
}

describe("a surname that is also a town's name", () => {
  it("stays the person named before, and the name the parser glues onto it is the predecessor", async () => {
    expect(
      await successions(
        "Bremen hat mit Martin Hagen einen neuen Staatsrat. In seiner Funktion beerbt Hagen Peter Schmidt, der in den Ruhestand ging.",
      ),
    ).toEqual(["Martin Hagen -> Peter Schmidt"]);
  });

  it("resolves a surname in the genitive before the place someone takes", async () => {
    expect(
      await successions(
        "Staatssekretär Markus Weber verlässt das Gremium. Webers Platz nimmt Anna Keller ein, die ebenfalls Staatssekretärin ist.",
      ),
    ).toEqual(["Anna Keller -> Markus Weber"]);
  });
});

describe("an office in a relative clause", () => {
  it("gives the person before the clause the office its copula states", async () => {
    expect(
      await offices(
        "Das Amt übernimmt Peter Schmidt, der seit 2019 Staatssekretär im hessischen Innenministerium ist.",
      ),
    ).toEqual(["Peter Schmidt -> Hessen (Staatssekretär, graph)"]);
  });

  it("reads a predecessor named in the clause as no holder, and no role compound into his name", async () => {
    const text =
      "Neu in der Runde ist die Juristin Anna Keller (CSU), die im Januar als Nachfolgerin von Peter Hoffmann Bayern-CIO wurde.";
    // The predecessor held the office she took up: read from the succession, for review.
    expect(await offices(text)).toEqual([
      "Anna Keller -> Bayern (Bayern-CIO, graph)",
      "Peter Hoffmann -> Bayern (Bayern-CIO, review)",
    ]);
    expect(await successions(text)).toEqual(["Anna Keller -> Peter Hoffmann"]);
  });

  it("reads over the particle of a separable verb between the name and the clause", async () => {
    expect(
      await offices(
        "Hessen hat einen neuen Digitalchef. Den Vorsitz nimmt Anna Keller ein, die zugleich Staatssekretärin im Bundesministerium des Innern ist.",
      ),
    ).toEqual(["Anna Keller -> Bundesministerium des Innern (Staatssekretärin, graph)"]);
  });

  it("reads an appointment in the clause and sends an owner from the context to review", async () => {
    expect(
      await offices(
        "Hessen stellt die Runde neu auf. Sie leitet Peter Schmidt, der im Mai zum Staatssekretär für Digitales ernannt wurde.",
      ),
    ).toEqual(["Peter Schmidt -> Hessen (Staatssekretär für Digitales, review)"]);
  });

  it("states no office when the clause negates it", async () => {
    expect(
      await offices("Das Gremium leitet Peter Schmidt, der nicht Staatssekretär in Hessen ist."),
    ).toEqual([]);
  });
});

describe("long role phrases", () => {
  it("reads a genitive after what the office is for up to the comma before the name", async () => {
    expect(
      await offices(
        "In Hessen treibt der Landesbeauftragte für Informationssicherheit der Landesregierung (CISO), Peter Schmidt, das Thema voran.",
      ),
    ).toEqual(["Peter Schmidt -> Hessen (Landesbeauftragte für Informationssicherheit, graph)"]);
  });

  it("finds the copula of a multi-word title the parser splits into appositions, and the function named before", async () => {
    expect(
      await offices(
        "Neben ihrer Funktion als Staatssekretärin ist Anna Keller die Chief Information Officer (CIO) der hessischen Landesregierung.",
      ),
    ).toEqual([
      "Anna Keller -> Hessen (Staatssekretärin, review)",
      "Anna Keller -> Hessen (Chief Information Officer, graph)",
    ]);
  });
});

describe("a copula the parser misses", () => {
  it("reads the role and the name on either side of the copula", async () => {
    expect(await offices("Hessen stellt sich neu auf. Neue CIO wird Anna Keller.")).toEqual([
      "Anna Keller -> Hessen (CIO, review)",
    ]);
    expect(await offices("Hessen stellt sich neu auf. Die neue Landes-CIO heißt Anna Keller.")).toEqual([
      "Anna Keller -> Hessen (Landes-CIO, review)",
    ]);
  });

  it("reads over an apposition between the name and the copula, and not over a negation", async () => {
    expect(
      await offices(
        "Hessen stellt sich neu auf. Anna Keller, bislang Abteilungsleiterin im Finanzministerium, wird neue CIO.",
      ),
    ).toEqual(["Anna Keller -> Hessen (Abteilungsleiterin, graph)", "Anna Keller -> Hessen (CIO, review)"]);
    expect(await offices("Hessen stellt sich neu auf. Anna Keller wird nicht neue CIO.")).toEqual([]);
  });
});

describe("a new office holder introduced with 'Mit'", () => {
  it("gives the person the office the government now has", async () => {
    expect(await offices("Mit Anna Keller hat Hessen seit Mai eine neue Digitalministerin.")).toEqual([
      "Anna Keller -> Hessen (Digitalministerin, review)",
    ]);
  });

  it("reads no office into 'Mit' and a thing", async () => {
    expect(await offices("Mit der Reform hat Hessen einen neuen CIO.")).toEqual([]);
  });
});

describe("second offices of one person", () => {
  it("reads a person described by a profession's compound or a describing adjective as the person named before", async () => {
    expect(
      await offices(
        "Peter Schmidt wird Minister in Brandenburg. Der 40-jährige SPD-Politiker war zuvor Beauftragter für Digitalisierung in der Staatskanzlei.",
      ),
    ).toEqual([
      "Peter Schmidt -> Brandenburg (Minister, graph)",
      "Peter Schmidt -> Brandenburg (Beauftragter für Digitalisierung, graph)",
    ]);
    expect(
      await offices(
        "Die ekom21 hat einen neuen Chef: Matthias Brenner. Der Diplom-Finanzwirt war über elf Jahre Bürgermeister seiner Heimatstadt Usingen.",
      ),
    ).toEqual([
      "Matthias Brenner -> ekom21 (Chef, review)",
      "Matthias Brenner -> Usingen (Bürgermeister, graph)",
    ]);
    expect(
      await offices(
        "Anna Keller ist Staatssekretärin in Berlin. Damit nimmt die gebürtige Bayerin ihren Dienst als Chief Digital Officer (CDO) auf.",
      ),
    ).toEqual([
      "Anna Keller -> Berlin (Staatssekretärin, graph)",
      "Anna Keller -> Berlin (Chief Digital Officer, review)",
    ]);
  });

  it("reads an office the sentence opens with 'Als' as the subject's", async () => {
    expect(await offices("Als CIO des Landes Hessen verantwortet Anna Keller die IT-Strategie.")).toEqual([
      "Anna Keller -> Hessen (CIO, graph)",
    ]);
  });

  it("reads roles after a name and its party in parentheses", async () => {
    expect(
      await offices("In Hessen eröffnete Anna Keller (SPD), Staatssekretärin und CIO, die Messe."),
    ).toEqual(["Anna Keller -> Hessen (Staatssekretärin, graph)", "Anna Keller -> Hessen (CIO, review)"]);
  });

  it("keeps a deputy's office apart from the office itself", async () => {
    expect(
      await offices(
        "Anna Keller ist CIO in Hamburg. Bereits seit 2021 war sie als stellvertretende CIO tätig.",
      ),
    ).toEqual([
      "Anna Keller -> Hamburg (CIO, graph)",
      "Anna Keller -> Hamburg (stellvertretende CIO, review)",
    ]);
  });

  it("reads work for an organisation as no office beside one held there", async () => {
    expect(
      withoutDestination(
        await offices(
          "Der Deutsche Städtetag hat gewählt. Der bisherige stellvertretende Hauptgeschäftsführer Peter Brandt wurde in seinem Amt bestätigt. Brandt ist seit dem Jahr 1998 für den Deutschen Städtetag tätig.",
        ),
      ),
    ).toEqual(["Peter Brandt -> Deutscher Städtetag (stellvertretender Hauptgeschäftsführer)"]);
  });

  it("reads the organ an office is held in as no second office", async () => {
    expect(withoutDestination(await roles("Neue Vorsitzende des Vitako-Vorstands ist Anna Keller."))).toEqual(
      ["Anna Keller -> Vitako (Vorsitzende)"],
    );
  });

  it("reads a pronoun as the one person named before it in the sentence", async () => {
    expect(
      await offices(
        "Anna Keller ist keine Unbekannte – bereits seit 2021 war sie als stellvertretende CIO in Hamburg tätig.",
      ),
    ).toEqual(["Anna Keller -> Hamburg (stellvertretende CIO, graph)"]);
  });

  it("gives the office a government 'has' to the first person named after the colon", async () => {
    expect(
      await offices(
        "Hamburg hat eine neue Chief Information Officer: Seit November verantwortet Dr. Anna Keller die IT-Steuerung der Stadt.",
      ),
    ).toEqual(["Anna Keller -> Hamburg (Chief Information Officer, review)"]);
  });
});

describe("a role in the plural before names", () => {
  it("is the office of each name it lists", async () => {
    expect(
      withoutDestination(
        await offices(
          "Die AKDB stellt sich neu auf. „Wir sind bereit“, so die Geschäftsführer Klaus Keller und Peter Brandt.",
        ),
      ),
    ).toEqual(["Klaus Keller -> AKDB (Geschäftsführer)", "Peter Brandt -> AKDB (Geschäftsführer)"]);
  });

  it("is not a singular role's, nor spread over a name after 'und' that has its own office", async () => {
    expect(
      withoutDestination(
        await offices(
          "„Wir sind bereit“, so der Vorstand der AKDB Anna Keller und Landrat Peter Brandt aus Kassel.",
        ),
      ).filter((f) => f.startsWith("Peter Brandt -> AKDB")),
    ).toEqual([]);
  });
});

describe("titles between a role and a name", () => {
  it("are read over when the name is known with them (here from the reference)", async () => {
    expect(
      withoutDestination(
        await offices(
          "Das Land Nordrhein-Westfalen baut um. Digitalminister Prof. Dr. Andreas Pinkwart lobte den Plan.",
        ),
      ),
    ).toEqual(["Andreas Pinkwart -> Nordrhein-Westfalen (Digitalminister)"]);
  });
});

describe("roles stacked before a name", () => {
  it("gives a known person both roles, the second a hyphenated compound the tokenizer cuts", async () => {
    expect(
      await offices("In Sachsen war bisher CIO Innen-Staatssekretär Günther Schneider zuständig."),
    ).toEqual([
      "Günther Schneider -> Sachsen (CIO, graph)",
      "Günther Schneider -> Sachsen (Innen-Staatssekretär, graph)",
    ]);
  });

  it("reads a hyphenated role before an unknown name as its role", async () => {
    expect(await offices("In Hessen ist Digital-Staatssekretärin Anna Keller zuständig.")).toEqual([
      "Anna Keller -> Hessen (Digital-Staatssekretärin, graph)",
    ]);
  });
});

describe("an owner only the article names", () => {
  it("reads 'der Freistaat' after Länder named for comparison as the article's Freistaat", async () => {
    expect(
      withoutDestination(
        await offices(
          "Sachsen hat heute sein Digitalgesetz beschlossen. Es kommt später als in Ländern wie Bayern oder Hessen, aber nun hat der Freistaat „eines der modernsten Gesetze in Deutschland“, sagte Finanzstaatssekretär Klaus Weber.",
        ),
      ),
    ).toEqual(["Klaus Weber -> Sachsen (Finanzstaatssekretär)"]);
  });

  it("gives a government office in a federal article to the Bund, for review", async () => {
    expect(
      await offices(
        "Das Bundeskabinett hat den Entwurf beschlossen. Staatssekretär Klaus Weber stellte den Plan vor.",
      ),
    ).toEqual(["Klaus Weber -> Bund (Staatssekretär, review)"]);
  });

  it("prefers the Land of a place the sentence itself names", async () => {
    expect(
      await offices(
        "Das Bundeskabinett hat den Entwurf beschlossen. „Wir sind weit“, sagte Digitalministerin Anna Keller am Donnerstag in München.",
      ),
    ).toEqual(["Anna Keller -> Bayern (Digitalministerin, review)"]);
  });

  it("gives it to the Land of the towns the article names when it names no Land", async () => {
    expect(
      await offices(
        "Die Städte Neuss und Mönchengladbach starten ein Portal. Staatssekretär Klaus Weber lobte das Vorhaben.",
      ),
    ).toEqual(["Klaus Weber -> Nordrhein-Westfalen (Staatssekretär, review)"]);
  });

  it("gives a town's office to the town named before", async () => {
    expect(
      await offices(
        "Leipzig will mehr Dienste digital anbieten. Die Stadtspitze hat dafür auf Vorschlag von Verwaltungsbürgermeister Peter Schmidt 75 Leistungen ausgewählt.",
      ),
    ).toEqual(["Peter Schmidt -> Leipzig (Verwaltungsbürgermeister, review)"]);
  });

  it("gives an office the context would give the Land of the item the owner of the person's other office in the sentence", async () => {
    expect(
      withoutDestination(
        await offices(
          "Der IT-Planungsrat tagte in Berlin. In diesem Jahr finden seine Sitzungen unter dem Vorsitz der Bundesbeauftragten für Informationstechnik, Staatssekretärin Anna Keller, statt. Im kommenden Jahr übernimmt der Freistaat Bayern den Vorsitz.",
        ),
      ),
    ).toEqual([
      "Anna Keller -> Bund (Bundesbeauftragte für Informationstechnik)",
      "Anna Keller -> Bund (Staatssekretärin)",
    ]);
  });

  it("gives a digital officer no town named before where the sentence names a Land's government", async () => {
    const found = await offices(
      "Die Ministerin arbeitete zuvor in Neuwied und Moers. Außerdem soll Anna Keller, bisherige CDO und CIO der Landesregierung, Chefin der Staatskanzlei in Hessen werden.",
    );
    expect(found.filter((f) => /Neuwied|Moers/.test(f))).toEqual([]);
  });

  it("gives no such owner to an office a government need not hold", async () => {
    expect(
      await offices(
        "Die Städte Neuss und Mönchengladbach starten ein Portal. Vizepräsident Klaus Weber lobte das Vorhaben.",
      ),
    ).toEqual([]);
  });

  it("does not take a city-state named as a meeting place for the Land of a later office", async () => {
    expect(
      await offices(
        "Die Agentur kommt nach Hessen, beschloss der Rat in seiner Sitzung in Berlin. Der CIO des Landes, Staatssekretär Peter Schmidt, begrüßte den Beschluss.",
      ),
    ).toEqual(["Peter Schmidt -> Hessen (CIO, graph)", "Peter Schmidt -> Hessen (Staatssekretär, graph)"]);
  });

  it("gives the head of an association named before its association, for review", async () => {
    expect(
      await offices(
        "Das Präsidium des Deutschen Landkreistages tagte in Kassel. Vizepräsident Landrat Peter Schmidt sagte: „Wir brauchen mehr Tempo.“",
      ),
    ).toEqual(["Peter Schmidt -> Deutscher Landkreistag (Vizepräsident, review)"]);
  });

  it("does not give a Landrat the county the meeting took place in ('im Rhein-Sieg-Kreis')", async () => {
    expect(
      await offices(
        "Das Präsidium des Deutschen Landkreistages tagte im Rhein-Sieg-Kreis. Vizepräsident Landrat Peter Schmidt sagte: „Wir brauchen mehr Tempo.“",
      ),
    ).toEqual(["Peter Schmidt -> Deutscher Landkreistag (Vizepräsident, review)"]);
  });
});

describe("the offices of a county or a town", () => {
  it("are the county's when the article names it by its Landratsamt", async () => {
    expect(
      await offices(
        "Das Landratsamt Kitzingen hat einen Förderbescheid erhalten. Die Ministerin übergab ihn an Landrätin Tamara Bischof.",
      ),
    ).toEqual(["Tamara Bischof -> Landkreis Kitzingen (Landrätin, review)"]);
  });

  it("give a county's Dezernent of any portfolio the county", async () => {
    expect(
      await offices("Im Landkreis Gießen sprach die Ministerin mit Verkehrsdezernent Christian Zuckermann."),
    ).toEqual(["Christian Zuckermann -> Landkreis Gießen (Verkehrsdezernent, graph)"]);
  });

  it("are a small town's by its adjective right before the town's office, and only there", async () => {
    expect(await offices("Das erklärt der Babenhauser Bürgermeister Otto Göppel.")).toEqual([
      "Otto Göppel -> Babenhausen (Bürgermeister, graph)",
    ]);
    expect(await offices("Das erklärt der Gothaer Landrat Onno Eckert.")).toEqual([
      "Onno Eckert -> Landkreis Gotha (Landrat, graph)",
    ]);
  });
});

describe("an organisation the tagger cuts at its hyphen", () => {
  it("keeps its name whole", async () => {
    expect(
      await offices(
        "Das sei ein wichtiger Schritt, sagte der Vorstandsvorsitzende der L-Bank, Axel Nawrath.",
      ),
    ).toEqual(["Axel Nawrath -> L-Bank (Vorstandsvorsitzende, review)"]);
  });
});

describe("leading an organisation", () => {
  it("is holding its lead, the organisation named or led in the passive", async () => {
    expect(await offices("Anna Keller leitet die FITKO.")).toEqual([
      "Anna Keller -> FITKO (Leitung, review)",
    ]);
    expect(await offices("Die FITKO wird künftig von Anna Keller geleitet.")).toEqual([
      "Anna Keller -> FITKO (Leitung, review)",
    ]);
  });
});

describe("a Land that 'hat mit X' a new office holder", () => {
  it("introduces X as the holder, also with the verb before 'mit'", async () => {
    expect(await offices("Sachsen hat nun mit Anna Keller eine neue Staatssekretärin.")).toEqual([
      "Anna Keller -> Sachsen (Staatssekretärin, review)",
    ]);
  });

  it("introduces X as the holder a government appoints ('Mit X berief die Landesregierung ...')", async () => {
    expect(
      await offices(
        "Mit Anna Keller berief die sächsische Landesregierung erstmals eine Ministerin für Digitales.",
      ),
    ).toEqual(["Anna Keller -> Sachsen (Ministerin für Digitales, review)"]);
  });
});

describe("a role set off by dashes", () => {
  it("is read like one set off by commas", async () => {
    expect(
      await offices(
        "Neben der Wahl von Thomas Berger (CSU) – Landrat des Landkreises Fürstenfeldbruck – zum neuen Präsidenten stand die Digitalisierung auf der Agenda.",
      ),
    ).toContain("Thomas Berger -> Landkreis Fürstenfeldbruck (Landrat, graph)");
  });
});

describe("offices of associations and counties named in passing", () => {
  it("gives a Präsidialmitglied the association the article is about", async () => {
    expect(
      await offices(
        "Der Deutsche Landkreistag hat gewählt. Das Geschäftsführende Präsidialmitglied Hans-Günter Berger amtiert weiter.",
      ),
    ).toEqual(["Hans-Günter Berger -> Deutscher Landkreistag (Präsidialmitglied, review)"]);
  });

  it("gives a role between two names in a list to the name before it", async () => {
    expect(
      await offices(
        "Weitere Mitglieder sind André Jacob, geschäftsführendes Präsidialmitglied des Sächsischen Landkreistages, Ralf Berger, stellvertretender Geschäftsführer des Sächsischen Städte- und Gemeindetages.",
      ),
    ).toContain("André Jacob -> Sächsischer Landkreistag (Präsidialmitglied, graph)");
  });

  it("gives a Landrätin 'in' a place it cannot tell no other county", async () => {
    expect(
      await offices(
        "Christian Herrgott ist Landrat des Saale-Orla-Kreises. Martina Weber war 30 Jahre lang Landrätin in Greiz.",
      ),
    ).toEqual(["Christian Herrgott -> Saale-Orla-Kreis (Landrat, graph)"]);
  });
});

describe("an office one 'bekleidet'", () => {
  it("is held by the one named before the verb, the parser's reading of it aside", async () => {
    expect(
      await offices(
        "Anna Keller ist Staatssekretärin in Hessen. Sie bekleidet seit Mai das Amt der Landes-CIO.",
      ),
    ).toContain("Anna Keller -> Hessen (Landes-CIO, review)");
  });
});

describe("the chair of an organisation's administrative board", () => {
  it("chairs the organisation named with the board or the verb", async () => {
    const text = "Peter Kern übernimmt den Vorsitz des Verwaltungsrates beim IT-Dienstleister Dataport.";
    expect(await offices(text)).toEqual([]);
    expect((await facts(text, "chairs")).map(pair)).toEqual(["Peter Kern -> Dataport"]);
  });
});

describe("offices read from news shapes of a government's staff", () => {
  it("gives the Land's spokesman, and the head of the agency named before, their offices", async () => {
    const found = await offices(
      "In Sachsen gibt es einen neuen CIO, wie Regierungssprecher Ralph Schreiber am Mittwoch mitteilte. Der Abgeordnete besuchte das ITZBund in Bonn. Er informierte sich bei Behördenleiter Alfred Kranstedt über die Projekte.",
    );
    expect(withoutDestination(found)).toEqual([
      "Ralph Schreiber -> Sachsen (Regierungssprecher)",
      "Alfred Kranstedt -> ITZBund (Behördenleiter)",
    ]);
  });

  it("gives an agency's director and vice directors, named without it, the agency named before", async () => {
    const found = await offices(
      "Der Minister besuchte das ITZBund in Bonn. Wie das ITZBund mitteilt, informierten Direktor Klaus Brenner, der kaufmännische Vizedirektor Jonas Wolff und die technische Vizedirektorin Karin Seidel die Abgeordneten.",
    );
    expect(withoutDestination(found)).toEqual([
      "Klaus Brenner -> ITZBund (Direktor)",
      "Jonas Wolff -> ITZBund (Vizedirektor)",
      "Karin Seidel -> ITZBund (Vizedirektorin)",
    ]);
    expect(await offices("Hessen hat gewählt. Direktor Klaus Brenner informierte die Abgeordneten.")).toEqual(
      [],
    );
  });

  it("reads Berlin's head of government in the genitive", async () => {
    expect(
      await offices(
        "Der Senat hat auf Vorlage des Regierenden Bürgermeisters Kai Wegner dem Plan zugestimmt.",
      ),
    ).toEqual(["Kai Wegner -> Berlin (Bürgermeister, graph)"]);
  });

  it("makes the person a government 'machte ... zum' CIO, named by a word only people are called", async () => {
    const found = await offices(
      "Thomas Schäfer ist Finanzminister in Hessen. Die Landesregierung machte den CDU-Politiker zum neuen Chief Information Officer (CIO).",
    );
    expect(withoutDestination(found)).toContain("Thomas Schäfer -> Hessen (Chief Information Officer)");
  });

  it("makes the object the parser calls obl:arg the appointee, not the one who appoints", async () => {
    const found = await offices(
      "In Schleswig-Holstein wurde neu verhandelt. Ministerpräsident Daniel Günther (CDU) machte Dirk Schrödter wieder zu seinem Chef der Staatskanzlei.",
    );
    expect(pairsOnly(found)).toEqual([
      "Daniel Günther -> Schleswig-Holstein",
      "Dirk Schrödter -> Schleswig-Holstein",
    ]);
  });

  it("gives a deputy elected 'als Stellvertreter des Präsidenten' the deputy's office, not the president's nor the venue's town", async () => {
    const found = await offices(
      "Der Deutsche Städtetag hat gewählt. Bei der Hauptversammlung des Deutschen Städtetags in Hannover wurde Oberbürgermeister Wolfram Leibe als ein Stellvertreter des Präsidenten gewählt.",
    );
    expect(found).toEqual(["Wolfram Leibe -> Deutscher Städtetag (Stellvertreter, review)"]);
  });

  it("reads a mayor of 'seiner Heimatstadt' however small the town", async () => {
    expect(
      await offices("Matthias Drexelius war über elf Jahre Bürgermeister seiner Heimatstadt Usingen."),
    ).toEqual(["Matthias Drexelius -> Usingen (Bürgermeister, graph)"]);
  });
});

describe("an office in reported speech", () => {
  it("is the pronoun's person, not the speaker the parser hangs on 'sagte' as its object", async () => {
    const found = await offices(
      "Die Senatskanzlei hat einen neuen Amtsleiter. Amtsleiter wird der Wirtschafts-Informatiker Christian Pfromm. Er habe als Chief Information Officer (CIO) bei der BHF-Bank die digitale Transformation organisiert, sagte Krupp.",
    );
    expect(found.filter((f) => f.includes("BHF-Bank")).map((f) => f.replace(/ \(.*/, ""))).toEqual([
      "Christian Pfromm -> BHF-Bank",
    ]);
  });
});

describe("one office named twice in an article, in full and abbreviated", () => {
  it("is one fact, by its full name", async () => {
    const found = await offices(
      'Der Senat tagte. Unter dem Vorsitz des Chief Digital Officer (CDO) des Landes Berlin, Martin Klemm, wird das Gremium tagen. Martin Klemm, CDO des Landes Berlin: "Das wird gut."',
    );
    expect(withoutDestination(found)).toEqual(["Martin Klemm -> Berlin (Chief Digital Officer)"]);
  });
});

describe("the chair of an organisation's administrative board, named in the role", () => {
  it("chairs the organisation the item is about", async () => {
    const text =
      "Der IT-Dienstleister Dataport wächst. «Das Wachstum zeigt, dass die Konsolidierung Früchte trägt», sagte der Vorsitzende des Verwaltungsrates, Michael Richter.";
    expect(await offices(text)).toEqual([]);
    expect((await facts(text, "chairs")).map(pair)).toEqual(["Michael Richter -> Dataport"]);
  });
});

describe("a seat on a board without a portfolio", () => {
  it("makes a 'Beisitzer' in an organisation's board hold an office of the organisation, for review", async () => {
    expect(await offices("Peter Kühne ist Beisitzer im Vorstand von Vitako.")).toEqual([
      "Peter Kühne -> Vitako (Beisitzer, review)",
    ]);
  });
});

describe("the chair of a Zweckverband named by the role alone", () => {
  it("chairs the Zweckverband the item named before, the outgoing chair too", async () => {
    const text =
      "Die Verbandsversammlung des Zweckverbandes 4IT tagte in Stuttgart. Die neue Verbandsvorsitzende, Landrätin Anna Roth, dankte dem scheidenden Verbandsvorsitzenden, Landrat Jan Kühn, für seine Arbeit.";
    expect((await facts(text, "chairs")).map(pair).sort()).toEqual([
      "Anna Roth -> Zweckverband 4IT",
      "Jan Kühn -> Zweckverband 4IT",
    ]);
  });
});

describe("places and Länder that belong to one person, not to the item", () => {
  it("takes no Land from a person's origin ('der Berliner Finanzexperte')", async () => {
    const found = await offices(
      "Die Thüringer Landesregierung hat Staatssekretäre ernannt. Dazu gehört der Berliner Finanzexperte Birger Scholz. Der Altenburger SPD-Politiker Norman Müller wird Staatssekretär im Innenministerium.",
    );
    expect(pairsOnly(found)).toContain("Norman Müller -> Thüringen");
    expect(found.filter((f) => f.includes("Berlin"))).toEqual([]);
  });

  it("gives a Landrat named without his county no other Landrat's county", async () => {
    const found = await offices(
      "Vizepräsident bleibt Landrat Thomas Kubendorff (Steinfurt). Hans Jörg Duppré ist seit 1979 Landrat.",
    );
    expect(pairsOnly(found)).toEqual(["Thomas Kubendorff -> Kreis Steinfurt"]);
  });

  it("reads the town after a party's parenthesis as the mayor's, and no other mayor's", async () => {
    const found = await offices(
      "Bürgermeister Ulrich Künz (CDU), Kirtorf, ist gewählt worden. Der Vorsitzende Bürgermeister Matthias Baaß (SPD), Viernheim, ist jetzt Stellvertreter, der Ausschuss wählte Peter Lange, einen parteiunabhängigen Bürgermeister, zum Stellvertreter.",
    );
    expect(pairsOnly(found)).toEqual(["Ulrich Künz -> Kirtorf", "Matthias Baaß -> Viernheim"]);
  });

  it("reads a dateline with an agency after its date as no Land of the item", async () => {
    const found = await offices(
      "Berlin, 17. Oktober 2025 (JPD) – Der Bremer Bürgermeister und Senatspräsident Andreas Bovenschulte ist neuer Präsident des Bundesrates.",
    );
    expect(found.filter((f) => f.includes("-> Berlin"))).toEqual([]);
    expect(pairsOnly(found)).toContain("Andreas Bovenschulte -> Bremen");
  });
});

describe("an office the electing organisation names", () => {
  it("is in the body that elects to it", async () => {
    const found = await offices(
      "Zum zweiten Vizepräsidenten wählte der Bundesrat den nordrhein-westfälischen Ministerpräsidenten Hendrik Wüst (CDU).",
    );
    expect(withoutDestination(found)).toEqual([
      "Hendrik Wüst -> Bundesrat (Vizepräsident)",
      "Hendrik Wüst -> Nordrhein-Westfalen (Ministerpräsident)",
    ]);
  });
});

describe("a body's president and a role described as a person", () => {
  it("makes a body's president its chair, and reads 'die 55-jährige ... Ressortchefin' as the woman named before", async () => {
    const text =
      "Doris Ahnen wird Vorsitzende der Finanzministerkonferenz. Die 55-jährige rheinland-pfälzische Ressortchefin wurde einstimmig gewählt. Der FMK gehören die Finanzminister der 16 Bundesländer an. Andreas Bovenschulte ist neuer Präsident des Bundesrates.";
    const found: string[] = [];
    for (const type of ["chairs", "holdsOffice", "memberOf"] as const)
      found.push(...(await facts(text, type)).map((f) => `${f.type} ${pair(f)}`));
    expect(found).toEqual(
      expect.arrayContaining([
        "chairs Doris Ahnen -> Finanzministerkonferenz",
        "holdsOffice Doris Ahnen -> Rheinland-Pfalz",
        "chairs Andreas Bovenschulte -> Bundesrat",
      ]),
    );
    // "die Finanzminister" are many, no one person named before.
    expect(found.filter((f) => f.startsWith("memberOf"))).toEqual([]);
  });
});

describe("offices named in a person's time, a ministry the reference does not know, and a role named twice", () => {
  it("gives the office of 'aus ihrer Zeit als ...' to the one 'ihr' stands for, not to the object", async () => {
    const found = await offices(
      "Manuela Schwesig holt Heiko Geue. Schwesig kennt ihn aus ihrer Zeit als Bundesfamilienministerin 2013 bis 2017.",
    );
    expect(pairsOnly(found)).toEqual(["Manuela Schwesig -> Bund"]);
  });

  it("gives the office of 'Seine Nachfolge als ...' to the successor only", async () => {
    const found = await offices(
      "Hartmut Beuß geht in den Ruhestand. Seine Nachfolge im Ministerium als Beauftragter für Informationstechnik tritt Andreas Meyer-Falcke an.",
    );
    expect(found.filter((f) => f.startsWith("Hartmut Beuß"))).toEqual([]);
  });

  it("makes a ministry the reference does not know one of the item's Land", async () => {
    const found = await offices(
      "Sachsen-Anhalts Ministerpräsident Reiner Haseloff stellte die Staatssekretäre vor. Marco Tullner ist Staatssekretär im neugeschaffenen Ministerium für Wissenschaft und Wirtschaft.",
    );
    expect(pairsOnly(found)).toContain("Marco Tullner -> Sachsen-Anhalt");
  });

  it("keeps the owner named once for the same role named again without one", async () => {
    const found = await offices(
      "In Bayern wird gefeiert. Dr. Helmut Teichmann, Staatssekretär im Bundesministerium des Innern, führte den Präsidenten ein. Danach sprach Staatssekretär Teichmann.",
    );
    expect(pairsOnly(found)).toEqual(["Helmut Teichmann -> Bundesministerium des Innern"]);
  });

  it("gives a mayor of a Verbandsgemeinde the register does not know that union, no other person's town", async () => {
    const found = await offices(
      "Spiegler folgt auf Uwe Brandl (CSU), Bürgermeister der Stadt Abensberg. Der künftige Präsident Ralph Spiegler ist seit über 25 Jahren Bürgermeister der Verbandsgemeinde Nieder-Olm.",
    );
    // (The union is a local government of its own: municipal-unions.ts.)
    expect(found.filter((f) => f.startsWith("Ralph Spiegler"))).toEqual([
      "Ralph Spiegler -> Verbandsgemeinde Nieder-Olm (Bürgermeister, graph)",
    ]);
  });
});

describe("a list of an association's new officers", () => {
  it("reads each bullet's 'X (Partei), Ort, wird Präsident' beside the office X held before", async () => {
    const found = await roles(
      "Beim Hessischen Städte- und Gemeindebund kommt es zum Wechsel:\n• Erster Vizepräsident Karl-Heinz Schäfer (SPD), Pohlheim, wird Präsident.\n• Präsident Dr. Thomas Stöhr (CDU), Bad Vilbel, wird Vizepräsident;",
    );
    expect(withoutDestination(found)).toEqual(
      expect.arrayContaining([
        "Karl-Heinz Schäfer -> Hessischer Städte- und Gemeindebund (Präsident)",
        "Thomas Stöhr -> Hessischer Städte- und Gemeindebund (Vizepräsident)",
      ]),
    );
  });
});

describe("a copula before the name and the role right after it", () => {
  it("reads 'Dazwischen war Thomas Müller Bundesminister der Verteidigung'", async () => {
    const found = await offices(
      "In Hessen wird gewählt. Dazwischen war Thomas Müller Bundesminister der Verteidigung.",
    );
    expect(pairsOnly(found)).toEqual(["Thomas Müller -> Bund"]);
  });
});

describe("an association referred to by its kind in the sentence that names it", () => {
  it("owns 'den Präsidenten des kommunalen Spitzenverbandes', the Landrat's county his own", async () => {
    const found = await roles(
      "Die Delegierten der Jahrestagung des Deutschen Landkreistages haben den Präsidenten des kommunalen Spitzenverbandes Landrat Hans Jörg Duppré (Südwestpfalz) im Amt bestätigt.",
    );
    expect(withoutDestination(found)).toEqual([
      "Hans Jörg Duppré -> Deutscher Landkreistag (Präsident)",
      "Hans Jörg Duppré -> Landkreis Südwestpfalz (Landrat)",
    ]);
  });
});

describe("the Bundesrat's presidium and a role the parser hangs on an adjective", () => {
  /** The chairs of an article as "chair -> body". */
  async function chairs(text: string): Promise<string[]> {
    return (await facts(text, "chairs")).map(pair);
  }

  it("reads an agency's dateline joined by two hyphens as no part of the sentence", async () => {
    expect(
      await chairs(
        "BERLIN (Dow Jones)--Der Ministerpräsident von Sachsen-Anhalt, Reiner Haseloff, ist ab November turnusmäßig neuer Präsident des Bundesrates.",
      ),
    ).toEqual(["Reiner Haseloff -> Bundesrat"]);
  });

  it("gives a vice president named without a body the body last named, not the Land of the context", async () => {
    const found = await offices(
      "Reiner Haseloff ist neuer Präsident des Bundesrates. Haseloff löst den brandenburgischen Ministerpräsidenten Dietmar Woidke ab, der als erster Vizepräsident weiterhin Teil des Präsidiums bleibt. Zweiter Vizepräsident ist Thüringens Ministerpräsident Bodo Ramelow.",
    );
    expect(withoutDestination(found)).toEqual([
      "Dietmar Woidke -> Brandenburg (Ministerpräsident)",
      "Dietmar Woidke -> Bundesrat (Vizepräsident)",
      "Bodo Ramelow -> Bundesrat (Vizepräsident)",
      "Bodo Ramelow -> Thüringen (Ministerpräsident)",
    ]);
  });

  it("makes the former president the body's chair, not an officer of the Land named before", async () => {
    const text =
      "Hamburgs Erster Bürgermeister Peter Tschentscher ist zum neuen Präsidenten des Bundesrates gewählt worden. Die Länderkammer bestimmte den SPD-Politiker zum Nachfolger des bisherigen Präsidenten Bodo Ramelow (Linke).";
    expect(await chairs(text)).toEqual(["Peter Tschentscher -> Bundesrat", "Bodo Ramelow -> Bundesrat"]);
    expect(pairsOnly(await offices(text))).toEqual(["Peter Tschentscher -> Hamburg"]);
  });

  it("finds the person the parser hangs on a role that hangs on an adjective", async () => {
    const found = await roles(
      "Hamburgs Erster Bürgermeister Peter Tschentscher ist zum neuen Präsidenten des Deutschen Städtetages gewählt worden.",
    );
    expect(withoutDestination(found)).toEqual([
      "Peter Tschentscher -> Hamburg (Bürgermeister)",
      "Peter Tschentscher -> Deutscher Städtetag (Präsident)",
    ]);
  });

  it("knows a small town by its name after 'Kreisstadt'", async () => {
    expect(pairsOnly(await offices("Roland Leisegang ist Bürgermeister der Kreisstadt Bad Belzig."))).toEqual(
      ["Roland Leisegang -> Bad Belzig"],
    );
  });
});

describe("a Landrat's county in his parenthesis", () => {
  it("owns his office, not the association of the role the parser hangs him on", async () => {
    const found = await roles(
      "Der Präsident des Deutschen Landkreistages, Landrat Reinhard Sager (CDU), Landkreis Ostholstein, wurde einstimmig wiedergewählt.",
    );
    expect(withoutDestination(found)).toEqual([
      "Reinhard Sager -> Deutscher Landkreistag (Präsident)",
      "Reinhard Sager -> Kreis Ostholstein (Landrat)",
    ]);
  });

  it("is read when named by an adjective in the dative", async () => {
    const found = await offices(
      "Die Verbandsmitglieder haben Landrat Thomas Gemke (Märkischen Kreis) einstimmig zum Verbandsvorsteher der Südwestfalen-IT gewählt.",
    );
    expect(pairsOnly(found)).toContain("Thomas Gemke -> Märkischer Kreis");
  });
});

describe("a list of roles before names", () => {
  it("gives each mayor the town after his own name and comma", async () => {
    const found = await offices(
      "Als weitere Stellvertreter wurden gewählt: Oberbürgermeister Dr. Ulf Kämpfer, Kiel; Oberbürgermeisterin Sibylle Keupen, Aachen; Oberbürgermeisterin Eva Weber, Augsburg.",
    );
    expect(pairsOnly(found)).toEqual([
      "Ulf Kämpfer -> Kiel",
      "Sibylle Keupen -> Aachen",
      "Eva Weber -> Augsburg",
    ]);
  });

  it("gives no one the town or the role of the next item", async () => {
    const found = await offices(
      "Gemeinsam am Start für die Ostwestfalen-Lippe-IT: Stellv. Verbandsvorsteher Bürgermeister Rüdiger Meier (Gemeinde Kirchlengern), Geschäftsleiter Bernd Kürpick, Verbandsvorsteher Bürgermeister Burkhard Schwuchow (Stadt Büren), Vorsitzender des Verwaltungsrats Bürgermeister Dirk Tolkemitt (Stadt Bad Salzuflen).",
    );
    // (Kürpick's is the organisation the sentence opens with, the Ostwestfalen-Lippe-IT.)
    expect(found.filter((f) => f.includes("Kürpick") || f.includes("Verwaltungsrat"))).toEqual([
      "Bernd Kürpick -> Kommunales Rechenzentrum Minden-Ravensberg/Lippe (Geschäftsleiter, review)",
    ]);
    expect(withoutDestination(found)).toContain("Burkhard Schwuchow -> Büren (Bürgermeister)");
  });
});

describe("two deputies elected in one sentence", () => {
  it("gives a man no woman's role", async () => {
    const found = await offices(
      "Zum Vizepräsidenten wurde der Leipziger Oberbürgermeister Burkhard Jung (SPD) gewählt, zur Vizepräsidentin erneut die Bonner Oberbürgermeisterin Katja Dörner.",
    );
    expect(found.filter((f) => f.startsWith("Burkhard Jung") && f.includes("Vizepräsidentin"))).toEqual([]);
    expect(withoutDestination(found)).toContain("Katja Dörner -> Bonn (Oberbürgermeisterin)");
  });

  it("keeps a woman's role of a woman whose first name the name list calls a man's", async () => {
    const found = await offices("Milen Starke ist Staatssekretärin im Thüringer Finanzministerium.");
    expect(pairsOnly(found)).toEqual(["Milen Starke -> Thüringen"]);
  });

  it("reads the last town of a list of names and towns however small", async () => {
    const found = await offices(
      "Gewählt wurden: Oberbürgermeister Dr. Ulf Kämpfer, Kiel; Oberbürgermeister Uwe Conradt, Saarbrücken und Oberbürgermeisterin Katja Wolf, Eisenach.",
    );
    expect(pairsOnly(found)).toEqual([
      "Ulf Kämpfer -> Kiel",
      "Uwe Conradt -> Saarbrücken",
      "Katja Wolf -> Eisenach",
    ]);
  });
});

describe("a Landrat's county", () => {
  it("is read when named by an inflected adjective in his parenthesis", async () => {
    const found = await offices(
      "SIT-Verbandsvorsteher Thomas Gemke (Landrat des Märkischen Kreises) blickte in seiner Festrede zurück.",
    );
    expect(withoutDestination(found)).toContain("Thomas Gemke -> Märkischer Kreis (Landrat)");
  });

  it("is never a town the context names", async () => {
    const found = await offices(
      "Saarbrücken ist Gastgeber der Jahrestagung des Deutschen Landkreistages. Landrat Peter Kern sprach über die Digitalisierung.",
    );
    expect(found.filter((f) => f.includes("Saarbrücken"))).toEqual([]);
  });
});

describe("a town's offices", () => {
  it("are no Land's, named after the town the register does not know", async () => {
    const found = await offices(
      "Er tritt zum neuen Jahr die Nachfolge von Roland Schäfer an, der Bürgermeister von Bergkamen in Nordrhein-Westfalen ist.",
    );
    expect(found.filter((f) => f.includes("Nordrhein-Westfalen"))).toEqual([]);
  });

  it("give a town's digital officer to the town of the adjective before the role", async () => {
    const found = await offices("Den Münchner CDO Thomas Bönig zieht es zurück in die schwäbische Heimat.");
    expect(pairsOnly(found)).toEqual(["Thomas Bönig -> München"]);
  });

  it("pass to no predecessor whose own town is in his parenthesis", async () => {
    const found = await offices(
      "(ty) Der langjährige Abensberger Bürgermeister Dr. Uwe Brandl (CSU) ist seit dem 1. Januar 2018 neuer Präsident des deutschen Städte- und Gemeindebunds (DStGB). Er beerbt damit Roland Schäfer (Bergkamen). Brandl wurde vom Hauptausschuss des kommunalen Spitzenverbandes bis 30. Juni 2020 gewählt.",
    );
    expect(found.filter((f) => f.startsWith("Roland Schäfer -> Abensberg"))).toEqual([]);
  });

  it("give a head named without a town the town before only where the item heads no other towns", async () => {
    const elected = await offices(
      "Die Hauptversammlung fand in Kassel statt. Die Stadt Kassel war eine gute Gastgeberin. Oberbürgermeisterin Anna Keller aus Leipzig wurde Präsidentin. Oberbürgermeister Peter Hoffmann aus Bonn wurde Vizepräsident. Oberbürgermeister Jan Roth wurde verabschiedet.",
    );
    expect(pairsOnly(elected).filter((f) => f.startsWith("Jan Roth"))).toEqual([]);
    const local = await offices(
      "Die Stadt Kassel startet ein neues Portal. Oberbürgermeister Jan Roth stellte es vor.",
    );
    expect(pairsOnly(local)).toEqual(["Jan Roth -> Kassel"]);
    // (A note on the picture is no parenthesis that names his own town.)
    const pictured = await offices(
      "Die Stadt Kassel startet ein Portal. Oberbürgermeister Jan Roth (Foto) freut sich.",
    );
    expect(pairsOnly(pictured)).toEqual(["Jan Roth -> Kassel"]);
  });
});

describe("an association named with its adjective written small", () => {
  it("is the association, not the Land of the adjective", async () => {
    const found = await roles(
      "Uwe Brandl ist zugleich seit 2008 Präsident des bayerischen Gemeindetages. Peter Kern ist Präsident des deutschen Städtetages.",
    );
    expect(pairsOnly(found)).toEqual([
      "Uwe Brandl -> Bayerischer Gemeindetag",
      "Peter Kern -> Deutscher Städtetag",
    ]);
  });
});

describe("a town named as the place of an officer who is not its head", () => {
  it("stays the town a later mayor named without it belongs to", async () => {
    const found = await offices(
      "Seit dem 1. März arbeitet Benita Görtz als Digitalisierungsbeauftragte für die Stadt Wülfrath. „Das Thema Digitalisierung ist natürlich schon älter“, sagte dazu Bürgermeister Rainer Ritsche.",
    );
    expect(pairsOnly(found)).toContain("Rainer Ritsche -> Wülfrath");
  });
});

describe("a deputy named by 'Stellvertreter'", () => {
  it("holds an office in the association or organisation last named", async () => {
    const found = await offices(
      "Der Landkreistag Rheinland-Pfalz hat gewählt. Als dritter Stellvertreter wurde der parteilose Landrat Rainer Guth aus dem Donnersbergkreis neu gewählt.",
    );
    expect(withoutDestination(found)).toEqual([
      "Rainer Guth -> Landkreistag Rheinland-Pfalz (Stellvertreter)",
      "Rainer Guth -> Donnersbergkreis (Landrat)",
    ]);
  });

  it("is not the one named in the genitive after the role, whose deputy he is", async () => {
    const found = await offices(
      "Hamburgs Erster Bürgermeister Peter Tschentscher ist zum neuen Präsidenten des Bundesrates gewählt worden. Die Länderkammer bestimmte ihn zum Nachfolger des bisherigen Präsidenten Bodo Ramelow (Linke). Der Thüringer Regierungschef wurde zum ersten Stellvertreter Tschentschers gewählt.",
    );
    expect(pairsOnly(found)).toEqual(["Peter Tschentscher -> Hamburg", "Bodo Ramelow -> Bundesrat"]);
  });
});

describe("a mayor's town in the parenthesis with his office", () => {
  it("owns the office, not a county named before", async () => {
    const found = await offices(
      "SIT-Verbandsvorsteher Thomas Gemke (Landrat des Märkischen Kreises), der Vorsitzende der Verbandsversammlung Bernhard Baumann (Bürgermeister Stadt Neunkirchen) sowie Dr. Marianne Wulff (Dataport) blickten zurück. Gleichzeitig wurde Verbandsvorsteher Dieter Blume (Bürgermeister Petershagen) entlastet.",
    );
    expect(withoutDestination(found)).toEqual([
      // The association his role's compound abbreviates (abbreviated-compounds.test.ts).
      "Thomas Gemke -> SIT (SIT-Verbandsvorsteher)",
      "Thomas Gemke -> Märkischer Kreis (Landrat)",
      "Bernhard Baumann -> Neunkirchen (Bürgermeister)",
      "Dieter Blume -> Petershagen (Bürgermeister)",
    ]);
  });
});

describe("a company's officer named without the company", () => {
  it("is an officer of the organisation the item named last, for review", async () => {
    const found = await offices(
      "Die regio iT zieht um. Geschäftsführer Dieter Rehfeld verabschiedet sich jetzt. Dataport wächst. Vorstandsvorsitzender Johann Bizer sagte, das sei gut.",
    );
    expect(found).toEqual([
      "Dieter Rehfeld -> regio iT (Geschäftsführer, review)",
      "Johann Bizer -> Dataport (Vorstandsvorsitzender, review)",
    ]);
  });
});

describe("a Land's adjective before a chair and a second role", () => {
  it("makes the holder the chair of the body named before and gives the Land the government's role", async () => {
    const text =
      "Der IT-Planungsrat tagte in Berlin. Dann löst der Bund den jetzigen bayerischen Vorsitzenden Digitalstaatssekretär Jan Roth ab.";
    expect((await facts(text, "chairs")).map(pair)).toEqual(["Jan Roth -> IT-Planungsrat"]);
    expect(withoutDestination(await offices(text))).toEqual(["Jan Roth -> Bayern (Digitalstaatssekretär)"]);
  });
});
