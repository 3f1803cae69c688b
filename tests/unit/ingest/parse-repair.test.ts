/**
 * Parser readings repaired before any rule reads them (src/ingest/parse/repair.ts): a counted
 * noun after "mehr als" / "über" that the parser hangs on the verb as an oblique is the verb's
 * subject; a perfect with "haben" read as a passive, or "haben" read as the main verb, is an
 * active perfect again; a name read as the apposition of the phrase before it is the verb's object
 * (sentences written for these tests; parses in
 * tests/fixtures/parses/parse-repair.json).
 */
import { describe, expect, it } from "vitest";
import type { ParseToken } from "../../../src/ingest/parse/align.js";
import { repairParse } from "../../../src/ingest/parse/repair.js";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("parse-repair");

/** A parse from (word, pos, head, dep) rows; heads are indices, -1 the root. */
function parse(rows: [string, string, number, string][]): ParseToken[] {
  let start = 0;
  return rows.map(([word, pos, head, dep], index) => {
    const token = { index, word, start, end: start + word.length, pos, ner: "O", head, dep };
    start += word.length + 1;
    return token;
  });
}

describe("a counted subject read as an oblique", () => {
  it("makes the counted noun the subject and the quantifier a modifier of its number", () => {
    const tokens = parse([
      ["Mehr", "ADV", 3, "advmod"],
      ["als", "ADP", 3, "case"],
      ["200", "NUM", 3, "nummod"],
      ["Kommunen", "NOUN", 4, "obl"],
      ["nutzen", "VERB", -1, "root"],
      ["ihn", "PRON", 4, "obj"],
    ]);
    const repaired = repairParse(tokens);
    expect(repaired[3]).toMatchObject({ dep: "nsubj", head: 4 });
    expect(repaired[1]).toMatchObject({ dep: "advmod", head: 2 });
  });

  it("leaves a verb that has a subject, and a preposition that counts nothing, as they are", () => {
    const withSubject = parse([
      ["Über", "ADP", 2, "case"],
      ["200", "NUM", 2, "nummod"],
      ["Kommunen", "NOUN", 3, "obl"],
      ["berichtet", "VERB", -1, "root"],
      ["sie", "PRON", 3, "nsubj"],
    ]);
    expect(repairParse(withSubject)).toEqual(withSubject);
    const uncounted = parse([
      ["Über", "ADP", 1, "case"],
      ["Kommunen", "NOUN", 2, "obl"],
      ["berichtet", "VERB", -1, "root"],
    ]);
    expect(repairParse(uncounted)).toEqual(uncounted);
  });

  it("lets the usage rules count the users of a service", async () => {
    expect(
      (await facts("Über 200 Kommunen nutzen bereits den Online-Dienst „Wohngeld“.", "usesService")).map(
        (f) => `${pairOrText(f)} (${f.count})`,
      ),
    ).toEqual(["Wohngeld -> Kommunen (200)"]);
  });
});

describe("a perfect with 'haben' read as a passive", () => {
  it("makes the passive subject the object beside a subject", () => {
    const tokens = parse([
      ["Der", "DET", 1, "det"],
      ["Rat", "NOUN", 2, "nsubj"],
      ["hat", "AUX", 4, "aux"],
      ["Beschlüsse", "NOUN", 4, "nsubj:pass"],
      ["verabschiedet", "VERB", -1, "root"],
    ]);
    expect(repairParse(tokens)[3]).toMatchObject({ dep: "obj", head: 4 });
  });

  it("makes the earlier of a passive subject and an object the subject, a reflexive never", () => {
    const misread = parse([
      ["Heute", "ADV", 6, "advmod"],
      ["hat", "AUX", 6, "aux"],
      ["das", "DET", 3, "det"],
      ["Land", "NOUN", 6, "obj"],
      ["die", "DET", 5, "det"],
      ["Federführung", "NOUN", 6, "nsubj:pass"],
      ["übernommen", "VERB", -1, "root"],
    ]);
    const repaired = repairParse(misread);
    expect([repaired[3]!.dep, repaired[5]!.dep]).toEqual(["nsubj", "obj"]);
    const reflexive = parse([
      ["Seitdem", "ADV", 4, "advmod"],
      ["haben", "AUX", 4, "aux"],
      ["sich", "PRON", 4, "obj"],
      ["Städte", "NOUN", 4, "nsubj:pass"],
      ["registriert", "VERB", -1, "root"],
    ]);
    expect(repairParse(reflexive).map((t) => t.dep)).toEqual(["advmod", "aux", "obj", "nsubj", "root"]);
  });

  it("leaves a real passive as it is", () => {
    const passive = parse([
      ["Das", "DET", 1, "det"],
      ["Portal", "NOUN", 3, "nsubj:pass"],
      ["wurde", "AUX", 3, "aux:pass"],
      ["gestartet", "VERB", -1, "root"],
    ]);
    expect(repairParse(passive)).toEqual(passive);
  });
});

describe("a perfect with 'haben' read as a main verb and its participle", () => {
  it("makes the participle the verb, 'haben' its auxiliary and the participle's subject its object", () => {
    const tokens = parse([
      ["Der", "DET", 1, "det"],
      ["Landtag", "PROPN", 2, "nsubj"],
      ["hat", "VERB", -1, "root"],
      ["heute", "ADV", 2, "advmod"],
      ["das", "DET", 5, "det"],
      ["Digitalgesetz", "PROPN", 6, "nsubj"],
      ["beschlossen", "VERB", 2, "xcomp"],
    ]);
    const repaired = repairParse(tokens);
    expect(repaired[6]).toMatchObject({ dep: "root", head: -1 });
    expect(repaired[2]).toMatchObject({ dep: "aux", head: 6 });
    expect(repaired[1]).toMatchObject({ dep: "nsubj", head: 6 });
    expect(repaired[3]).toMatchObject({ head: 6 });
    expect(repaired[5]).toMatchObject({ dep: "obj", head: 6 });
  });

  it("leaves an infinitive with 'zu' as it is", () => {
    const tokens = parse([
      ["Der", "DET", 1, "det"],
      ["Rat", "NOUN", 2, "nsubj"],
      ["hat", "VERB", -1, "root"],
      ["das", "DET", 4, "det"],
      ["Gesetz", "NOUN", 6, "obj"],
      ["zu", "PART", 6, "mark"],
      ["beschließen", "VERB", 2, "xcomp"],
    ]);
    expect(repairParse(tokens)).toEqual(tokens);
  });

  it("lets the decision rules read what the parliament adopted", async () => {
    expect(
      (
        await facts("Der Bayerische Landtag hat heute das Bayerische Digitalgesetz beschlossen.", "adopts")
      ).map(pairOrText),
    ).toEqual(["Bayerischer Landtag -> Bayerische Digitalgesetz"]);
  });
});

describe("a person's name read as the apposition of the phrase before it", () => {
  /** "Die Mitglieder haben auf der Versammlung <name> gewählt", the name tagged a person. */
  function elected(phrase: string, object?: string): ParseToken[] {
    const rows: [string, string, number, string][] = [
      ["Die", "DET", 1, "det"],
      ["Mitglieder", "NOUN", 8, "nsubj"],
      ["haben", "AUX", 8, "aux"],
      ["auf", "ADP", 5, "case"],
      ["der", "DET", 5, "det"],
      [phrase, "NOUN", 8, "obl"],
      ["Anna", "PROPN", 5, "appos"],
      ["Keller", "PROPN", 6, "flat"],
      ["gewählt", "VERB", -1, "root"],
    ];
    if (object) rows.push([object, "PRON", 8, "obj"]);
    return parse(rows).map((t) => (t.index === 6 || t.index === 7 ? { ...t, ner: "PERSON" } : t));
  }

  it("makes the name the object of a verb that has none", () => {
    expect(repairParse(elected("Versammlung"))[6]).toMatchObject({ dep: "obj", head: 8 });
  });

  it("leaves a name after a role, and a verb with an object, as they are", () => {
    const afterRole = elected("Staatssekretärin");
    expect(repairParse(afterRole)).toEqual(afterRole);
    const withObject = elected("Versammlung", "sie");
    expect(repairParse(withObject)).toEqual(withObject);
  });

  it("lets the office rules read whom the assembly elected", async () => {
    expect(
      (
        await facts(
          "Die Verbandsmitglieder der ITK Rheinland haben am 30. November 2021 auf der Verbandsversammlung Dr. Michael Rauterkus als neuen stellvertretenden Verbandsvorsteher gewählt.",
          "holdsOffice",
        )
      ).map((f) => `${pairOrText(f)} (${f.role})`),
    ).toEqual(["Michael Rauterkus -> ITK Rheinland (stellvertretender Verbandsvorsteher)"]);
  });
});

describe("a particle hung on a noun", () => {
  it("is the particle of the verb above the noun", () => {
    const tokens = parse([
      ["Gießen", "PROPN", 1, "nsubj"],
      ["nimmt", "VERB", -1, "root"],
      ["als", "ADP", 3, "case"],
      ["eine", "DET", 1, "obl"],
      ["am", "ADP", 5, "case"],
      ["Projekt", "NOUN", 3, "nmod"],
      ["teil", "ADV", 5, "compound:prt"],
    ]);
    expect(repairParse(tokens)[6]).toMatchObject({ dep: "compound:prt", head: 1 });
  });

  it("stays where the verb has a particle of its own", () => {
    const tokens = parse([
      ["Gießen", "PROPN", 1, "nsubj"],
      ["nimmt", "VERB", -1, "root"],
      ["am", "ADP", 3, "case"],
      ["Projekt", "NOUN", 1, "obl"],
      ["teil", "ADV", 1, "compound:prt"],
      ["auf", "ADP", 3, "compound:prt"],
    ]);
    expect(repairParse(tokens)[5]).toMatchObject({ head: 3 });
  });
});
