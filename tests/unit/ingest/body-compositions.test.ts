/**
 * What a body is made of, where the body is one the gazetteer does not know: "setzt sich zusammen
 * aus" with the particle before its phrase, a body noun named with whose it is, and a bare body
 * noun that refers back to the body named in full before. Sentences written for this test
 * (parses in tests/fixtures/parses/body-compositions.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("body-compositions");

describe("the members a body is made of", () => {
  it("reads 'setzt sich zusammen aus' with the particle before the members", async () => {
    expect(
      (
        await facts(
          "Der IT-Planungsrat setzt sich zusammen aus Leipzig, Düsseldorf und Paderborn.",
          "memberOf",
        )
      ).map(pair),
    ).toEqual(["Leipzig -> IT-Planungsrat", "Düsseldorf -> IT-Planungsrat", "Paderborn -> IT-Planungsrat"]);
  });

  it.each([
    [
      "setzt sich zusammen aus",
      "Die Findungskommission des IT-Planungsrats setzt sich zusammen aus Hessen, Bremen und Hamburg.",
    ],
    [
      "bestehend aus",
      "Die Findungskommission des IT-Planungsrats, bestehend aus Hessen, Bremen und Hamburg, hat den Kandidaten vorgeschlagen.",
    ],
  ])(
    "names a body by its noun and genitive, not by the known body the genitive names ('%s')",
    async (_shape, text) => {
      expect((await facts(text, "memberOf")).map(pair)).toEqual([
        "Hessen -> Findungskommission des IT-Planungsrats",
        "Bremen -> Findungskommission des IT-Planungsrats",
        "Hamburg -> Findungskommission des IT-Planungsrats",
      ]);
    },
  );

  it("reads a bare body noun as the body named in full before", async () => {
    expect(
      (
        await facts(
          "Im Oktober wurde die Einrichtung eines Steuerungsgremiums der Länder beschlossen. Das Steuerungsgremium setzt sich aus Hessen, Bremen und Hamburg zusammen.",
          "memberOf",
        )
      ).map(pair),
    ).toEqual([
      "Hessen -> Steuerungsgremium der Länder",
      "Bremen -> Steuerungsgremium der Länder",
      "Hamburg -> Steuerungsgremium der Länder",
    ]);
  });

  it("reads who is represented in a body where the parser took the subject for the object", async () => {
    expect(
      (
        await facts("Im IT-Planungsrat sind der Bund und der Deutsche Landkreistag vertreten.", "memberOf")
      ).map(pair),
    ).toEqual(["Bund -> IT-Planungsrat", "Deutscher Landkreistag -> IT-Planungsrat"]);
  });
});

describe("members listed by kind, and the body a chair phrase describes", () => {
  it("reads the names after each kind noun of the list and the members named bare", async () => {
    expect(
      (
        await facts(
          "Der IT-Planungsrat setzt sich zusammen aus den Städten Leipzig und Paderborn, den Kreisen Groß-Gerau und Cochem-Zell sowie dem Hessischen Städtetag.",
          "memberOf",
        )
      ).map(pair),
    ).toEqual([
      "Leipzig -> IT-Planungsrat",
      "Paderborn -> IT-Planungsrat",
      "Landkreis Groß-Gerau -> IT-Planungsrat",
      "Landkreis Cochem-Zell -> IT-Planungsrat",
      "Hessischer Städtetag -> IT-Planungsrat",
    ]);
  });

  it("names a bare body noun by the abbreviation it was introduced with, and gives it the chair", async () => {
    const text =
      "Der IT-Planungsrat hat die Einrichtung eines Städtegremiums (StG) beschlossen. Das Städtegremium unter dem Vorsitz der FITKO setzt sich zusammen aus den Städten Leipzig und Paderborn.";
    expect((await facts(text, "memberOf")).map(pair)).toEqual([
      "Leipzig -> Städtegremium (StG)",
      "Paderborn -> Städtegremium (StG)",
    ]);
    expect((await facts(text, "chairs")).map(pair)).toEqual(["FITKO -> Städtegremium (StG)"]);
  });

  it("is the reference data's body where the bare noun names one it knows", async () => {
    const text =
      "Der IT-Planungsrat hat die Einrichtung eines Kommunalgremiums (KoG) beschlossen. Das Kommunalgremium unter dem Vorsitz der FITKO setzt sich zusammen aus den Städten Leipzig und Paderborn.";
    expect((await facts(text, "memberOf")).map(pair)).toEqual([
      "Leipzig -> Kommunalgremium des IT-Planungsrats",
      "Paderborn -> Kommunalgremium des IT-Planungsrats",
    ]);
    expect((await facts(text, "chairs")).map(pair)).toEqual(["FITKO -> Kommunalgremium des IT-Planungsrats"]);
  });
});
