/**
 * A dateline's place is no actor (nor, after a sentence, the subject of the sentence it opens), a
 * function handed "an" someone is that person's office wherever the parser hangs the name, and a
 * pronoun after a dash is the person the clause before named
 * (sentences written for these tests; parses in tests/fixtures/parses/datelines-and-pronouns.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractArticles } from "../../../src/ingest/extract.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import type { Fact } from "../../../src/model/fact.js";
import { destination, pair } from "../../helpers/portal-item.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("datelines-and-pronouns");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

/** The facts of one plain-text article as "type subject -> object". */
async function facts(text: string): Promise<string[]> {
  const line = JSON.stringify({
    url: "https://example.org/item",
    title: "Meldung",
    publishedAt: "2024-05-02",
    text,
  });
  const [article] = await extractArticles(line, { reference, nlp, format: "jsonl" });
  return article!.facts.map((f: Fact) => `${f.type} ${pair(f)}`);
}

describe("a dateline", () => {
  it("names no member, with or without a space after its dash", async () => {
    const found = await facts(
      'Berlin (ots) -Der Verband begrüßt "KDG Wittenberg - kommunales Rechenzentrum" als neues Mitglied.',
    );
    expect(found.filter((f) => f.includes("Berlin"))).toEqual([]);
  });

  it("is no Land of an office named without its owner", async () => {
    const found = await facts(
      "(Berlin) - Der Hauptausschuss wählte gestern den Bürgermeister Jan Roth zum neuen Präsidenten.",
    );
    expect(found.filter((f) => f.includes("Berlin"))).toEqual([]);
  });

  it("names no Land where several agencies sign it", async () => {
    const found = await facts(
      "Berlin (APA/Reuters/dpa) - Die neue Kommission wird von der früheren Staatssekretärin Anna Roth geleitet.",
    );
    expect(found.filter((f) => f.includes("Berlin"))).toEqual([]);
  });
});

describe("an agency's dateline after a sentence", () => {
  it("leaves the sentence's subject to the sentence, the person a later 'er' means", async () => {
    const found = await facts(
      "Das Saarland hat einen neuen Beauftragten. Saarlouis (dpa/lrs) - Jan Roth war im August 2018 vom damaligen Ministerpräsidenten Peter Lenz (CDU) zum Bevollmächtigten für Innovation in der Staatskanzlei ernannt worden. Zuvor war er Geschäftsführer der Datenwerk GmbH.",
    );
    expect(found.filter((f) => f.includes("Datenwerk"))).toEqual(["holdsOffice Jan Roth -> Datenwerk GmbH"]);
  });
});

describe("a town and a colon opening a line", () => {
  it("is no actor of the sentence after it", async () => {
    const found = await facts(
      "Kaiserslautern: Oberbürgermeisterin Beate Lenz hat am Montag die neue Bürger-App KLmobil vorgestellt.",
    );
    expect(found.filter((f) => f.startsWith("launches"))).toEqual(["launches Beate Lenz -> KLmobil"]);
  });

  it("is no actor where two towns joined by a slash open the line", async () => {
    const found = await facts(
      'Ipsheim/ Kassel: Die neue Plattform "Digitales Amt" hat das Land Hessen gestartet.',
    );
    expect(found.filter((f) => /Kassel|Ipsheim/.test(f))).toEqual([]);
  });

  it("stays the Land where a Land's name opens the line (a kicker)", async () => {
    const found = await facts("Hessen: Das Land hat die neue Plattform HessenPortal vorgestellt.");
    expect(found.filter((f) => f.startsWith("launches"))).toEqual(["launches Hessen -> HessenPortal"]);
  });
});

describe("a line of place and date", () => {
  it("makes no Land the item's", async () => {
    const found = await facts(
      "Berlin, 06.12.2022\n\nIm Aufsichtsrat der Agentur sitzt nun auch Staatssekretär Stefan Lenz für das Bundesministerium für Digitales und Verkehr.",
    );
    expect(found.filter((f) => f.includes("Berlin"))).toEqual([]);
  });
});

describe("a role after 'als' in a list of people", () => {
  it("is the person's before it, not the next one's, and a committee it names is no body named earlier", async () => {
    const found = await facts(
      "Der Rat tagte im Deutschen Bundestag. Im Amt bleiben Dr. Thomas Rieks als Vorsitzender des Prüfungsausschusses, Prof. Dr. Peter Parycek, Leiter des Kompetenzzentrums öffentliche IT, sowie Julia Kloiber.",
    );
    expect(found.filter((f) => f.includes("Parycek") && f.includes("Bundestag"))).toEqual([]);
  });
});

describe("a function handed over", () => {
  it("is the office of the person named with 'an', even where the parser hangs the name on the role", async () => {
    const found = await facts(
      "Nordrhein-Westfalen hat wieder einen IT-Verantwortlichen. Am 14. Mai 2024 entschied das Landeskabinett, die Funktion des Beauftragten der Landesregierung für Informationstechnik (CIO) an Daniel Sieveke zu übertragen.",
    );
    expect(found).toContain("holdsOffice Daniel Sieveke -> Nordrhein-Westfalen");
  });
});

describe("a pronoun after a dash", () => {
  it("is the person the clause before it named, not one named in an earlier sentence", async () => {
    const found = await facts(
      "Das Kabinett in Sachsen hat Kim Lorenz mit der Leitung der Digitalagentur betraut. Einen Sprung macht auch der Abgeordnete Thomas Berger – er wird Staatssekretär im Finanzministerium.",
    );
    expect(found).toContain("holdsOffice Thomas Berger -> Sachsen");
    expect(found.filter((f) => f.startsWith("holdsOffice Kim Lorenz"))).toEqual([]);
  });
});

describe("a person appointed by a pronoun in an infinitive clause", () => {
  it("is the man named before, head of the agency named before, not of a Land", async () => {
    const found = await facts(
      "Die FITKO braucht eine neue Spitze. Die Kommission aus Vertretern von Bund, Hessen und Hamburg hat Dr. Jan Roth vorgeschlagen. Der IT-Planungsrat hat beschlossen, ihn für fünf Jahre zum Präsidenten zu bestellen.",
    );
    expect(found).toContain("holdsOffice Jan Roth -> FITKO");
    expect(found.filter((f) => f.startsWith("holdsOffice Jan Roth -> Hamburg"))).toEqual([]);
  });

  it("is no head of that agency where a compound names another organisation", async () => {
    const found = await facts(
      "Die FITKO hat eine neue Spitze. Zu Gast war auch EZB-Präsidentin Christine Lagarde.",
    );
    expect(found.filter((f) => f.startsWith("holdsOffice Christine Lagarde -> FITKO"))).toEqual([]);
  });
});

describe("a future the parser reads as a passive", () => {
  it("makes the person who 'wird das Gremium leiten' its chair", async () => {
    expect(
      await facts("Der IT-Planungsrat tagt. Jan Pörksen wird das Gremium in diesem Jahr leiten."),
    ).toContain("chairs Jan Pörksen -> IT-Planungsrat");
  });

  it("gives no one the office the parse gave someone else in the sentence", async () => {
    const found = await facts(
      "Der IT-Planungsrat tagt. Nachfolger von Markus Richter ist der Hamburger Staatsrat und Chef der Senatskanzlei, Jan Pörksen, der das Gremium leiten wird.",
    );
    expect(found.filter((f) => f.startsWith("holdsOffice Markus Richter"))).toEqual([]);
  });
});

describe("a chair taken over in a future the parser misreads", () => {
  it("is taken by the subject the parser hung on the adverb, read from the parse (no review)", async () => {
    const line = JSON.stringify({
      url: "https://example.org/item",
      title: "Meldung",
      publishedAt: "2023-12-15",
      text: "Mit Beginn des neuen Jahres wird der Bund turnusgemäß den Vorsitz im deutschen IT-Planungsrat übernehmen.",
    });
    const [article] = await extractArticles(line, { reference, nlp, format: "jsonl" });
    const chairs = article!.facts.filter((f) => f.type === "chairs");
    expect(chairs.map((f) => `${pair(f)} ${f.year} ${destination(f)}`)).toEqual([
      "Bund -> IT-Planungsrat 2024 graph",
    ]);
  });
});

describe("a pronoun after a sentence that names a second man with a role", () => {
  it("is the man the text goes on about, whose first name says he is one", async () => {
    const found = await facts(
      "Seit Mai leitet Jonas Kerber die Stabsstelle IT-Management im saarländischen Finanzministerium. Er berichtet an Finanzstaatssekretär Gerhard Wack. Außerdem leitete Kerber das Ministerbüro. Vor seinen heutigen Tätigkeiten war er Pressesprecher des saarländischen Finanzministeriums.",
    );
    expect(found).toContain("holdsOffice Jonas Kerber -> Saarland");
    expect(found.filter((f) => f.startsWith("holdsOffice Gerhard Wack"))).toEqual([
      "holdsOffice Gerhard Wack -> Saarland",
    ]);
  });

  it("is the woman named earlier when a man was named last, neither with a role that shows it", async () => {
    const found = await facts(
      "Anja Lorenz übernimmt die Leitung der Digitalagentur Niedersachsen. Ihr Vorgänger war der CIO Olaf Brandt. Zuvor war sie Referatsleiterin im niedersächsischen Wirtschaftsministerium.",
    );
    expect(found).toContain("holdsOffice Anja Lorenz -> Niedersachsen");
    expect(found.filter((f) => f.startsWith("holdsOffice Olaf Brandt"))).toHaveLength(1);
  });
});
