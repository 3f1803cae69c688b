/**
 * Offices beyond the phrasings of the tuning articles: role nouns formed productively (compounds
 * on a known head, "Chief ... Officer" in every position) and owners the gazetteer does not know
 * (an institution named by its noun and a name), on sentences written for these tests (parses in
 * tests/fixtures/parses/office-widening.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildGazetteer } from "../../../src/ingest/entities/gazetteer.js";
import { findGazetteerMentions } from "../../../src/ingest/entities/mentions.js";
import { findPeople } from "../../../src/ingest/entities/people.js";
import { tokenize } from "../../../src/ingest/entities/tokenize.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { destination, office, pair, portalItemFacts } from "../../helpers/portal-item.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("office-widening");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

/** The offices of an article as "person -> owner (role)". */
async function offices(text: string): Promise<string[]> {
  return (await portalItemFacts(text, "holdsOffice", reference, nlp)).map(office);
}

/** The successions of an article as "successor -> predecessor (review|graph)". */
async function successions(text: string): Promise<string[]> {
  return (await portalItemFacts(text, "succeeds", reference, nlp)).map(
    (f) => `${pair(f)} (${destination(f)})`,
  );
}

describe("owners the gazetteer does not know", () => {
  it("makes an institution named by its noun and a place the owner, not the place", async () => {
    expect(await offices("Anna Keller, Leiterin des Finanzamts Kassel, begrüßte die Gäste.")).toEqual([
      "Anna Keller -> Finanzamt Kassel (Leiterin)",
    ]);
    expect(
      await offices("Peter Hoffmann, Präsident der Universität Potsdam, unterzeichnete den Vertrag."),
    ).toEqual(["Peter Hoffmann -> Universität Potsdam (Präsident)"]);
    expect(await offices("Anna Keller, Dekanin der Hochschule Harz, stellte das Projekt vor.")).toEqual([
      "Anna Keller -> Hochschule Harz (Dekanin)",
    ]);
  });

  it("names an institution by what it is for, with its coordinated fields, in the nominative", async () => {
    expect(
      await offices(
        "Anna Keller, Leiterin des Landesamts für Digitalisierung, Breitband und Vermessung, zog Bilanz.",
      ),
    ).toEqual(["Anna Keller -> Landesamt für Digitalisierung, Breitband und Vermessung (Leiterin)"]);
    expect(
      await offices(
        "Peter Hoffmann wurde zum Direktor des Instituts für Informationsmanagement Bremen berufen.",
      ),
    ).toEqual(["Peter Hoffmann -> Institut für Informationsmanagement Bremen (Direktor)"]);
  });

  it("takes the holder named right after an institution for no part of its name", async () => {
    expect(
      await offices("Als Gast sprach der Präsident der Bundesnetzagentur Peter Hoffmann über Netze."),
    ).toEqual(["Peter Hoffmann -> Bundesnetzagentur (Präsident)"]);
  });

  it("keeps a city as the owner where the role is the city's", async () => {
    expect(await offices("Peter Hoffmann ist neuer Oberbürgermeister der Stadt Münster.")).toEqual([
      "Peter Hoffmann -> Münster (Oberbürgermeister)",
    ]);
  });
});

describe("role nouns formed productively", () => {
  it("reads a 'Chief ... Officer' the parser heads by its first word, after a copula", async () => {
    expect(await offices("Peter Hoffmann ist Chief Technology Officer der Stadt Köln.")).toEqual([
      "Peter Hoffmann -> Köln (Chief Technology Officer)",
    ]);
    expect(await offices("Peter Hoffmann ist Chief Data Officer der Stadt Köln.")).toEqual([
      "Peter Hoffmann -> Köln (Chief Data Officer)",
    ]);
  });

  it("reads compounds on Vorstand, Referent and Dekan", async () => {
    expect(
      await offices("Der neue Finanzvorstand der AKDB, Peter Hoffmann, stellte die Zahlen vor."),
    ).toEqual(["Peter Hoffmann -> AKDB (Finanzvorstand)"]);
    expect(
      await offices("Die Digitalisierungsreferentin der Stadt Köln, Anna Keller, stellte die App vor."),
    ).toEqual(["Anna Keller -> Köln (Digitalisierungsreferentin)"]);
  });

  it("reads Generalsekretär, Kämmerin and Ressortchefin, the last a government's office", async () => {
    expect(
      await offices(
        "Der Vortrag des Generalsekretärs des Deutschen Landkreistages, Peter Hoffmann, fand Beifall.",
      ),
    ).toEqual(["Peter Hoffmann -> Deutscher Landkreistag (Generalsekretär)"]);
    expect(await offices("Anna Keller, Kämmerin der Stadt Kassel, legte den Haushalt vor.")).toEqual([
      "Anna Keller -> Kassel (Kämmerin)",
    ]);
    expect(await offices("In Hessen sagte die Ressortchefin Anna Keller, das Projekt laufe gut.")).toEqual([
      "Anna Keller -> Hessen (Ressortchefin)",
    ]);
  });
});

describe("negated offices", () => {
  it("takes no office from 'ist nicht', 'ist keine' or 'wurde nicht ... gewählt'", async () => {
    expect(await offices("Anna Keller ist nicht Staatssekretärin im Hessischen Innenministerium.")).toEqual(
      [],
    );
    expect(await offices("Anna Keller ist keine Leiterin des Finanzamts Kassel.")).toEqual([]);
    expect(
      await offices("Peter Hoffmann wurde nicht zum Präsidenten der Universität Potsdam gewählt."),
    ).toEqual([]);
  });
});

describe("inflected roles", () => {
  it("finds the owner of a government role in the accusative and names roles in the nominative", async () => {
    expect(await offices("In Hessen lobte sie den Landesdatenschutzbeauftragten Peter Hoffmann.")).toEqual([
      "Peter Hoffmann -> Hessen (Landesdatenschutzbeauftragter)",
    ]);
    expect(
      await offices("Die Rede des Oberbürgermeisters der Stadt Kassel, Peter Hoffmann, war kurz."),
    ).toEqual(["Peter Hoffmann -> Kassel (Oberbürgermeister)"]);
    expect(await offices("Der Chief Digital Officer des Landes Hessen, Peter Hoffmann, sprach.")).toEqual([
      "Peter Hoffmann -> Hessen (Chief Digital Officer)",
    ]);
  });
});

describe("an institution the parser heads by its adjective", () => {
  it("names the institution with its adjective in the nominative instead of giving it to the Land", async () => {
    expect(
      await offices("Anna Keller, die neue Präsidentin des Hessischen Landesamts für Statistik, sprach."),
    ).toEqual(["Anna Keller -> Hessisches Landesamt für Statistik (Präsidentin)"]);
  });
});

describe("the nouns of leading", () => {
  it("makes who takes over, holds or stands at the head of an institution hold its office", async () => {
    expect(await offices("Seit 2020 hat Anna Keller die Leitung des Rechenzentrums Kassel inne.")).toEqual([
      "Anna Keller -> Rechenzentrum Kassel (Leitung)",
    ]);
    expect(await offices("Anna Keller steht an der Spitze der Hochschule Harz.")).toEqual([
      "Anna Keller -> Hochschule Harz (Leitung)",
    ]);
    expect(await offices("Anna Keller hat die Leitung der AKDB übernommen.")).toEqual([
      "Anna Keller -> AKDB (Leitung)",
    ]);
  });

  it("reads the management and the board's chair of an organisation, after 'von' too", async () => {
    expect(await offices("Peter Hoffmann übernimmt ab 1. Januar die Geschäftsführung von Dataport.")).toEqual(
      ["Peter Hoffmann -> Dataport (Geschäftsführung)"],
    );
    expect(await offices("Anna Keller übernimmt den Vorstandsvorsitz der AKDB.")).toEqual([
      "Anna Keller -> AKDB (Vorstandsvorsitz)",
    ]);
  });

  it("reads who takes over when the noun of leading comes first", async () => {
    expect(await offices("Die Leitung der FITKO übernimmt Anna Keller.")).toEqual([
      "Anna Keller -> FITKO (Leitung)",
    ]);
    expect(await offices("Die Geschäftsführung der ekom21 übernimmt zum 1. Juli Peter Hoffmann.")).toEqual([
      "Peter Hoffmann -> ekom21 (Geschäftsführung)",
    ]);
  });

  it("takes nothing from a negated take-over", async () => {
    expect(await offices("Peter Hoffmann übernimmt nicht die Leitung des Finanzamts Kassel.")).toEqual([]);
  });
});

describe("successions beyond 'folgt auf' and 'Nachfolger'", () => {
  it("reads the first of two names as the successor where the parser swapped subject and object", async () => {
    expect(await successions("Anna Keller hat Peter Hoffmann als CIO abgelöst.")).toEqual([
      "Anna Keller -> Peter Hoffmann (graph)",
    ]);
    expect(await successions("Peter Hoffmann wird von Anna Keller abgelöst.")).toEqual([
      "Anna Keller -> Peter Hoffmann (graph)",
    ]);
  });

  it("takes no succession from a negated sentence", async () => {
    expect(await successions("Anna Keller folgt nicht auf Peter Hoffmann.")).toEqual([]);
    expect(await successions("Anna Keller löst Peter Hoffmann nicht ab.")).toEqual([]);
    expect(await successions("Anna Keller wird nicht Nachfolgerin von Peter Hoffmann.")).toEqual([]);
  });

  it("reads 'ersetzt', 'folgt ... nach' and 'tritt in die Fußstapfen von', for review", async () => {
    expect(await successions("Anna Keller ersetzt Peter Hoffmann als CIO.")).toEqual([
      "Anna Keller -> Peter Hoffmann (review)",
    ]);
    expect(await successions("Anna Keller folgt Peter Hoffmann nach.")).toEqual([
      "Anna Keller -> Peter Hoffmann (review)",
    ]);
    expect(await successions("Anna Keller tritt in die Fußstapfen von Peter Hoffmann.")).toEqual([
      "Anna Keller -> Peter Hoffmann (review)",
    ]);
  });
});

describe("the word rules beside an institution", () => {
  it("do not give an office at 'des Finanzamts Kassel' to the city, and still give 'der Stadt Kassel' to it", () => {
    const gazetteer = buildGazetteer(reference);
    const owners = (text: string) => {
      const tokens = tokenize(text);
      return findPeople(text, tokens, findGazetteerMentions(text, tokens, gazetteer)).roles.map(
        (r) => `${r.person.text} -> ${r.organization?.id ?? "none"}`,
      );
    };
    expect(owners("Anna Keller, Leiterin des Finanzamts Kassel, sprach.")).toEqual(["Anna Keller -> none"]);
    expect(owners("Anna Keller, Leiterin der Stadt Kassel, sprach.")).toEqual(["Anna Keller -> 06611000"]);
  });
});

describe("taking someone's place", () => {
  it("reads 'nimmt den Platz von ... ein' as a succession, for review, and a negated take-over as none", async () => {
    expect(await successions("Anna Keller nimmt den Platz von Peter Hoffmann ein.")).toEqual([
      "Anna Keller -> Peter Hoffmann (review)",
    ]);
    expect(await successions("Anna Keller übernimmt nicht das Amt von Peter Hoffmann.")).toEqual([]);
  });
});

describe("leading a unit in a relative clause", () => {
  it("is the office of the name the clause hangs on, a federal item's unit the Bund's", async () => {
    expect(
      await offices(
        "Im Bundesinnenministerium gibt es Wechsel. Andreas Könen, der seit 2018 die Abteilung Cybersicherheit leitete, wird in den Ruhestand gehen. Ihr Nachfolger wird Martin von Simson, der bisher die Zentralabteilung leitete.",
      ),
    ).toEqual(["Andreas Könen -> Bund (Leitung)", "Martin von Simson -> Bund (Leitung)"]);
  });

  it("names the institution with every word of its phrase, not the town after it", async () => {
    expect(
      await offices(
        "Daniel Kleffel, der zuvor das Landesamt für Sicherheit in der Informationstechnik geleitet hat, wechselt nach München.",
      ),
    ).toEqual(["Daniel Kleffel -> Landesamt für Sicherheit in der Informationstechnik (Leitung)"]);
    expect(
      await offices(
        "Bönig leitet das neu geschaffene Amt für Digitalisierung, Organisation und IT in Stuttgart.",
      ),
    ).toEqual([]);
  });
});
