/**
 * Successions stated with the predecessor first: a sentence-initial "Auf X folgt Y", "Zum
 * Nachfolger von X wurde Y bestimmt", a successor noun whose copula follows its own phrase, and
 * "tritt an die Stelle von", and what the parser reads askew (a relative "die" of "nachfolgen", a
 * dative hung on the subject), on sentences written for these tests (parses in
 * tests/fixtures/parses/succession-shapes.json).
 */
import { describe, expect, it } from "vitest";
import { destination, pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("succession-shapes");

/** The successions of an article as "successor -> predecessor (review|graph)". */
async function successions(text: string): Promise<string[]> {
  return (await facts(text, "succeeds")).map((f) => `${pair(f)} (${destination(f)})`);
}

describe("a succession named predecessor first", () => {
  it("reads a capitalised 'Auf' at the start of the sentence as 'auf'", async () => {
    expect(await successions("Auf Hans Meier folgt Anna Schulz.")).toEqual([
      "Anna Schulz -> Hans Meier (graph)",
    ]);
    expect(
      await successions(
        "Auf Martin Schallbruch folgt Cornelia Rogall-Grothe als IT-Beauftragte der Bundesregierung.",
      ),
    ).toEqual(["Cornelia Rogall-Grothe -> Martin Schallbruch (graph)"]);
  });

  it("takes the subject of a passive 'zum Nachfolger ... bestimmt' for the successor", async () => {
    expect(await successions("Zum Nachfolger von Klaus Vitt wurde Markus Richter bestimmt.")).toEqual([
      "Markus Richter -> Klaus Vitt (graph)",
    ]);
  });

  it("finds the successor after the copula that follows the noun's phrase", async () => {
    expect(
      await successions("Nachfolgerin von Hans Meier als CIO des Landes Bremen wird Anna Schulz."),
    ).toEqual(["Anna Schulz -> Hans Meier (graph)"]);
  });

  it("reads 'tritt an die Stelle von' as a succession for review, and not when negated", async () => {
    expect(await successions("Anna Schulz tritt an die Stelle von Hans Meier.")).toEqual([
      "Anna Schulz -> Hans Meier (review)",
    ]);
    expect(await successions("Anna Schulz tritt nicht an die Stelle von Hans Meier.")).toEqual([]);
  });
});

describe("a successor named by 'heißt'", () => {
  it("is the one the role noun names, where a relative clause on the noun states the succession", async () => {
    const found = await successions(
      "Peter Lang war Leiter des Amts. Holger Naumann heißt der neue Betriebsleiter, der auf den im Juni ausgeschiedenen Stefan Scholz folgen soll.",
    );
    expect(found.map((f) => f.replace(/ \(.*/, ""))).toEqual(["Holger Naumann -> Stefan Scholz"]);
  });
});

describe("the previous holder of an office just named", () => {
  it("is succeeded by the subject of the sentence before, however the parser reads 'hatte ... inne'", async () => {
    expect(
      await successions(
        "Patrick Burghardt ist neuer CIO des Landes Hessen. Bisher hatte die Aufgabe Finanzminister Thomas Schäfer inne.",
      ),
    ).toEqual(["Patrick Burghardt -> Thomas Schäfer (review)"]);
    expect(
      await successions("Anna Roth ist neue Präsidentin der FITKO. Zuvor hatte Peter Kern dieses Amt inne."),
    ).toEqual(["Anna Roth -> Peter Kern (review)"]);
  });

  it("is succeeded by the one named before its clause in the same sentence", async () => {
    expect(
      await successions(
        "Die Regierung ernennt Anna Roth zur Staatssekretärin, den Posten hatte Peter Kern bisher inne.",
      ),
    ).toEqual(["Anna Roth -> Peter Kern (review)"]);
  });

  it("states nothing for an office no one had, or one not referred back to", async () => {
    expect(
      await successions("Anna Roth ist neue Präsidentin der FITKO. Bisher hatte niemand dieses Amt inne."),
    ).toEqual([]);
    expect(
      await successions(
        "Anna Roth ist neue Präsidentin der FITKO. Peter Kern hatte bisher eine Professur inne.",
      ),
    ).toEqual([]);
  });
});

describe("a succession the parser reads askew", () => {
  it("gives the person a relative clause of 'nachfolgen' describes the succession, 'die' being its subject", async () => {
    expect(
      await successions(
        "Die Landesregierung hat Staatssekretäre ernannt – darunter auch Milena Starke, die Hartmut Schuster als Chief Information Officer (CIO) nachfolgt.",
      ),
    ).toEqual(["Milena Starke -> Hartmut Schuster (review)"]);
  });

  it("reads a dative after 'folgt' that the parser hung on the subject as the predecessor", async () => {
    expect(
      await successions(
        "Die Juristin Doris Storch wird Landesbeauftragte. Als Landesbeauftragte folgt die Juristin Storch der bisherigen Migrationsbeauftragten Marion Kruppa, die unter Rot-Rot-Grün in das Amt gekommen war.",
      ),
    ).toEqual(["Doris Storch -> Marion Kruppa (review)"]);
  });
});
