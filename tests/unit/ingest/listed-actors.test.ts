/**
 * Actors named in lists the parse reads askew: after "neben", beside a city, after a colon, in a
 * place phrase nested in another, or as the partner of a verb conjoined to the one whose subject
 * names the project. Sentences written for this test, and one real sentence (parses in
 * tests/fixtures/parses/listed-actors.json).
 */
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../../src/evaluate/corpus.js";
import { pair, pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("listed-actors");

describe("actors named after 'neben'", () => {
  it("act with the others where the parser leaves the verb without a subject", async () => {
    const found = await facts(
      "Die Länder haben den NOOTS-Staatsvertrag beschlossen. Inzwischen haben neben Thüringen u. a. Bremen, Hessen und Sachsen den Staatsvertrag ratifiziert.",
      "adopts",
    );
    expect(found.filter((f) => /ratifiziert/.test(f.quote)).map(pairOrText)).toEqual([
      "Thüringen -> NOOTS-Staatsvertrag",
      "Bremen -> NOOTS-Staatsvertrag",
      "Hessen -> NOOTS-Staatsvertrag",
      "Sachsen -> NOOTS-Staatsvertrag",
    ]);
  });

  it("do not act where the verb has a subject of its own", async () => {
    const found = await facts(
      "Neben Bayern haben auch Hessen und Sachsen den NOOTS-Staatsvertrag unterzeichnet.",
      "adopts",
    );
    expect(found.map(pairOrText)).toEqual([
      "Hessen -> NOOTS-Staatsvertrag",
      "Sachsen -> NOOTS-Staatsvertrag",
    ]);
  });
});

describe("a small town's bare name", () => {
  it("is the town in a list beside a city", async () => {
    const found = await facts("Das Land Nordrhein-Westfalen fördert Bochum, Soest und Dortmund.", "funds");
    expect(found.map(pair)).toEqual([
      "Nordrhein-Westfalen -> Bochum",
      "Nordrhein-Westfalen -> Soest",
      "Nordrhein-Westfalen -> Dortmund",
    ]);
  });

  it("names no town on its own", async () => {
    expect(await facts("Das Land Nordrhein-Westfalen fördert Soest.", "funds")).toEqual([]);
  });
});

describe("users of a service", () => {
  it("are every place of a list nested in a place phrase", async () => {
    // A real sentence (tests/fixtures/corpus/tuning/services.json, item j612), where the parse hangs
    // the second place on the first, inside the phrase of the Land.
    const item = readCorpus("tests/fixtures/corpus/tuning/services.json").find((i) => i.id === "j612")!;
    const sentence = /Gegenwärtig wird der digitale Bauantrag[^.]*\./.exec(item.text)![0];
    const found = await facts(sentence, "usesService");
    expect(found.map((f) => f.object?.name)).toEqual(["Landkreis Nordwestmecklenburg", "Neubrandenburg"]);
  });

  it("are the towns a colon lists after the service, not the count before it", async () => {
    const found = await facts(
      "Die elektronische Wohnsitzanmeldung ist seit 2022 online. Bislang nutzen erst drei Städte den Dienst: Kiel, Flensburg und Lübeck.",
      "usesService",
    );
    expect(found.map(pair)).toEqual([
      "OZG-Leistung Wohnsitzanmeldung -> Kiel",
      "OZG-Leistung Wohnsitzanmeldung -> Flensburg",
      "OZG-Leistung Wohnsitzanmeldung -> Lübeck",
    ]);
  });
});

describe("a project's partner", () => {
  it("takes part in the project the conjoined verb's subject names", async () => {
    const found = await facts(
      "Der digitale Bauantrag ging im Frühjahr online und wurde den Angaben zufolge mit dem Landkreis Rostock als Hauptpartner entwickelt.",
      "participatesIn",
    );
    expect(found.map(pair)).toEqual(["Landkreis Rostock -> OZG-Leistung Bauantrag"]);
  });
});

describe("a service's origin", () => {
  it("is no project of its own ('ein Online-Dienst aus Hamburg')", async () => {
    const [article] = await facts(
      "Die elektronische Wohnsitzanmeldung ist ein Online-Dienst aus Hamburg. Bislang nutzen Kiel und Lübeck den Dienst.",
      "usesService",
    );
    expect(article?.subject.name).toBe("OZG-Leistung Wohnsitzanmeldung");
  });
});
