/**
 * Decisions, funding and demands as news state them; sentences written for this test (parses in
 * tests/fixtures/parses/decision-shapes.json):
 * - "fordert X auf, ... zu ..." is a demand on X, not a "Forderung nach X";
 * - a Förderbescheid handed over funds its receiver, by the Land of the minister who hands it over;
 * - "Mit dem Programm X unterstützt das Land ..." funds the programme;
 * - a law "eingeführt" is adopted, not launched; a county introducing a service uses it;
 * - "die 16 Länder" and the Länder beside the Bund act together;
 * - the partner "mit" whom an agreement is made adopts it too; a Land's parliament is known by name;
 * - a law that "fördert" something is funded by no one; one Land's parliament takes no Länder half;
 * - what a Land "will ... einführen" is neither launched nor used yet.
 */
import { describe, expect, it } from "vitest";
import { pair, pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("decision-shapes");

describe("demands", () => {
  it("names who is called on and what to do", async () => {
    expect(
      (
        await facts(
          "Der Deutsche Städtetag fordert die Länder auf, die Kosten der Digitalisierung vollständig zu übernehmen.",
          "announces",
        )
      ).map(pairOrText),
    ).toEqual([
      "Deutscher Städtetag -> Forderung an die Länder, die Kosten der Digitalisierung vollständig übernehmen",
    ]);
    expect(
      (
        await facts(
          "Der Branchenverband Bitkom hat die Bundesregierung dazu aufgefordert, die Registermodernisierung schneller umzusetzen.",
          "announces",
        )
      ).map(pairOrText),
    ).toEqual(["Bitkom -> Forderung an die Bundesregierung, die Registermodernisierung schneller umsetzen"]);
  });
});

describe("funding", () => {
  it("reads a Förderbescheid handed over as funding of its receiver by the minister's Land, with the amount", async () => {
    const found = await facts(
      "Innenministerin Daniela Behrens überreichte der Stadt Oldenburg einen Förderbescheid über 250.000 Euro.",
      "funds",
    );
    expect(found.map((f) => [f.subject.name, f.object?.type, f.amount])).toEqual([
      ["Niedersachsen", "Municipality", 250_000],
    ]);
  });

  it("has no person without an office fund anything", async () => {
    expect(
      await facts(
        "Anna Roth überreichte der Stadt Oldenburg einen Förderbescheid über 250.000 Euro.",
        "funds",
      ),
    ).toEqual([]);
  });

  it("reads the named programme a funder supports others with as funded", async () => {
    expect(
      (
        await facts(
          "Mit dem Programm „Digitales Amt“ unterstützt das Land Hessen die Städte und Gemeinden bei neuen Online-Diensten.",
          "funds",
        )
      ).map(pair),
    ).toEqual(["Hessen -> Digitales Amt"]);
  });

  it("lets the Länder beside the Bund fund too", async () => {
    expect(
      (
        await facts(
          "Bund und Länder stellen für das Jahr 2025 ein Sonderbudget im Umfang von 50 Millionen Euro zur Verfügung.",
          "funds",
        )
      ).map(pair),
    ).toEqual(["Bund -> Sonderbudget", "Länder -> Sonderbudget"]);
  });

  it("gives the Länder half of a split amount to no Land's own parliament", async () => {
    expect(
      (
        await facts(
          "Der Hessische Landtag debattierte über den „DigitalPakt Schule“. Der „DigitalPakt Schule“ sieht eine Investition von fünf Milliarden Euro vor, die gleichmäßig zwischen Bund und Ländern aufgeteilt wird.",
          "funds",
        )
      ).map(pair),
    ).toEqual(["Bund -> DigitalPakt Schule"]);
  });

  it("has no one fund a law that is said to promote something", async () => {
    expect(
      await facts(
        "Der Landtag in München hat das Bayerische Digitalgesetz beschlossen. Das Digitalgesetz ermöglicht Fortschritt, fördert den Staat auf allen Ebenen und macht die Verwaltung fit.",
        "funds",
      ),
    ).toEqual([]);
  });
});

describe("what is introduced", () => {
  it("states no launch and no use of what a Land only wants to introduce", async () => {
    const text = "Auch Sachsen will in seinen Bauämtern bis dahin den digitalen Bauantrag einführen.";
    expect(await facts(text, "launches")).toEqual([]);
    expect(await facts(text, "usesService")).toEqual([]);
  });

  const law = "Sachsen hat am Dienstag das Sächsische E-Government-Gesetz eingeführt.";
  it("adopts a law, never launches it", async () => {
    expect((await facts(law, "adopts")).map(pairOrText)).toEqual([
      "Sachsen -> Sächsische E-Government-Gesetz",
    ]);
    expect(await facts(law, "launches")).toEqual([]);
  });

  const service =
    "Nach Rostock führen nun auch die Landkreise Ludwigslust-Parchim und Vorpommern-Rügen den Online-Dienst Wohngeld ein.";
  it("has counties use a service they introduce, not launch it", async () => {
    expect(await facts(service, "launches")).toEqual([]);
    expect((await facts(service, "usesService")).map(pair)).toEqual([
      "Online-Dienst Wohngeld -> Landkreis Ludwigslust-Parchim",
      "Online-Dienst Wohngeld -> Landkreis Vorpommern-Rügen",
    ]);
  });
});

describe("who adopts", () => {
  it("reads all 16 Länder as the Länder together", async () => {
    expect(
      (
        await facts("Alle 16 Länder haben den Staatsvertrag über die Digitalagentur ratifiziert.", "adopts")
      ).map(pairOrText),
    ).toEqual(["Länder -> Staatsvertrag über die Digitalagentur"]);
  });

  it("has the partner of an agreement adopt it too", async () => {
    expect(
      (
        await facts(
          "Im April schlossen das Bundesministerium des Innern mit dem Land Thüringen die Vereinbarung zum Themenfeld Bildung.",
          "adopts",
        )
      ).map(pairOrText),
    ).toEqual([
      "Bundesministerium des Innern -> Vereinbarung zum Themenfeld Bildung",
      "Thüringen -> Vereinbarung zum Themenfeld Bildung",
    ]);
  });

  it("knows the parliaments of the Länder by their names in every inflection", async () => {
    expect(
      (await facts("Der Hessische Landtag hat am Mittwoch das Digitalgesetz beschlossen.", "adopts")).map(
        pairOrText,
      ),
    ).toEqual(["Hessischer Landtag -> Digitalgesetz"]);
    expect(
      (
        await facts(
          "Mit den Stimmen der Koalition verabschiedete der sächsische Landtag das E-Government-Gesetz.",
          "adopts",
        )
      ).map(pairOrText),
    ).toEqual(["Sächsischer Landtag -> E-Government-Gesetz"]);
  });
});
