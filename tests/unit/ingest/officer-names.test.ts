/**
 * Who holds an office, named as news names them: a first name the model leaves untagged, a
 * party's name in the parenthesis after a name, a party's member of parliament, and people
 * elected to one role together. Sentences written for this test (parses in
 * tests/fixtures/parses/officer-names.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts, offices } = portalItems("officer-names");

describe("offices of people named the way news names them", () => {
  it("joins a first name the model leaves untagged to the surname after it", async () => {
    expect(
      await offices(
        "Der Senat in Berlin hat entschieden. Severin Fischer (SPD) wird Chef der Senatskanzlei.",
      ),
    ).toEqual(["Severin Fischer -> Berlin (Chef)"]);
  });

  it("reads two proper nouns before a comma and a role as a name, whatever the model tags them", async () => {
    expect(await offices("Neue Dezernentin wird Cigdem Bern, Beigeordnete der Stadt Krefeld.")).toContain(
      "Cigdem Bern -> Krefeld (Beigeordnete)",
    );
  });

  it("reads two proper nouns right after a role as a name, whatever the model tags them", async () => {
    expect(await offices("Digitalministerin Cigdem Bern stellte den Plan in Kiel vor.")).toEqual([
      "Cigdem Bern -> Schleswig-Holstein (Digitalministerin)",
    ]);
  });

  it("resolves 'Herr' and a surname to the full name the article gives later", async () => {
    expect(
      await offices(
        "Herr Popp ist Sachsens Chief Information Officer.\nDer Amts-Chef der Staatskanzlei, Thomas Popp, hat das Amt übernommen.",
      ),
    ).toContain("Thomas Popp -> Sachsen (Chief Information Officer)");
  });

  it("reads the name before the copula where the parser takes a Land's genitive for the subject", async () => {
    expect(await offices("Anna Lenz ist Hessens neue CIO.")).toEqual(["Anna Lenz -> Hessen (CIO)"]);
  });

  it("takes no government from a party's name in the parenthesis after a holder", async () => {
    expect(
      await offices(
        "Berlin hat entschieden. Severin Fischer (SPD – Sozialdemokratische Partei Deutschlands) wird Chef der Senatskanzlei.",
      ),
    ).toEqual(["Severin Fischer -> Berlin (Chef)"]);
  });

  it("gives a party's member of parliament no office in the party", async () => {
    expect(
      await offices("Neuer Regierungssprecher im Saarland wird der CDU-Landtagsabgeordnete Peter Kern."),
    ).toEqual(["Peter Kern -> Saarland (Regierungssprecher)"]);
  });

  it("seats a member of the Bundestag in the Bundestag, not in the Land named before", async () => {
    const text = "Die frühere sächsische SPD-Bundestagsabgeordnete Anna Lenz wechselt in die Wirtschaft.";
    expect((await facts(text, "memberOf")).map(pair)).toEqual(["Anna Lenz -> Deutscher Bundestag"]);
    expect(await offices(text)).toEqual([]);
  });

  it("gives everyone elected together the role they were elected to", async () => {
    const found = await offices(
      "Der Deutsche Städtetag hat gewählt. Als Vizepräsidenten wurden die Oberbürgermeister Peter Kern (Kiel), Anna Lenz (Bonn) und Jörg Bauer (Jena) gewählt.",
    );
    expect(found.filter((o) => o.includes("Städtetag")).sort()).toEqual([
      "Anna Lenz -> Deutscher Städtetag (Vizepräsident)",
      "Jörg Bauer -> Deutscher Städtetag (Vizepräsident)",
      "Peter Kern -> Deutscher Städtetag (Vizepräsident)",
    ]);
  });

  it("gives everyone elected together the role, where their names hang on conjoined role nouns", async () => {
    const found = await offices(
      "Der Deutsche Städtetag hat gewählt. Als Stellvertreter wurden der Kieler Beigeordnete Peter Kern und der Beigeordnete Jörg Bauer aus Jena gewählt.",
    );
    expect(found.filter((o) => o.includes("Städtetag")).sort()).toEqual([
      "Jörg Bauer -> Deutscher Städtetag (Stellvertreter)",
      "Peter Kern -> Deutscher Städtetag (Stellvertreter)",
    ]);
  });
});

describe("offices in companies named with their legal form", () => {
  it("gives the office to the company, not to the town of the adjective before it", async () => {
    expect(
      await offices(
        "Zuvor war Peter Kern unter anderem Geschäftsführer des Münchener Cybersicherheitsspezialisten Rohde & Schwarz GmbH.",
      ),
    ).toEqual(["Peter Kern -> Rohde & Schwarz GmbH (Geschäftsführer)"]);
  });
});

describe("who fills a post and whose envoy", () => {
  it("gives the one who fills a post no office", async () => {
    expect(
      await offices(
        "Saarlands Ministerpräsident Tobias Hans baut um. Den Posten des Finanz-Staatssekretärs hat Hans neu besetzt.",
      ),
    ).toEqual(["Tobias Hans -> Saarland (Ministerpräsident)"]);
  });

  it("makes an envoy 'beim Bund' an officer of the Land", async () => {
    expect(
      await offices("Das Saarland hat eine neue Regierung. Bevollmächtigter beim Bund wird Jörg Bauer."),
    ).toEqual(["Jörg Bauer -> Saarland (Bevollmächtigter)"]);
  });
});

describe("an office someone is to take up", () => {
  it("reads the role as the subject of 'soll ... werden' and the person as its complement", async () => {
    expect(
      await offices("Digitalminister der künftigen Bundesregierung soll der Manager Peter Kern werden."),
    ).toEqual(["Peter Kern -> Bund (Digitalminister)"]);
  });

  it("finds the person where the parser hung 'soll ... werden' on the noun before the name", async () => {
    expect(
      await offices(
        "Thüringen bekommt neue Staatssekretärinnen. Die Weimarer Professorin Anna Lenz soll Staatssekretärin im Infrastrukturministerium werden und dort den Platz von Peter Kern einnehmen, der inzwischen das Ressort als Minister verantwortet.",
      ),
    ).toContain("Anna Lenz -> Thüringen (Staatssekretärin)");
  });

  it("reads the name after a time that follows the copula", async () => {
    expect(await offices("Neuer CIO des Landes Hessen ist seit Montag Peter Kern.")).toEqual([
      "Peter Kern -> Hessen (CIO)",
    ]);
    expect(await offices("Neuer Präsident der FITKO wird ab dem 1. Mai Peter Kern.")).toEqual([
      "Peter Kern -> FITKO (Präsident)",
    ]);
  });

  it("reads 'dass X neuer Staatssekretär werden soll'", async () => {
    expect(
      await offices(
        "Der Senat in Berlin hat beraten. Es heißt, dass Jörg Bauer neuer Staatssekretär werden soll.",
      ),
    ).toEqual(["Jörg Bauer -> Berlin (Staatssekretär)"]);
  });
});
