/**
 * Who appoints, who decides, who belongs: a town, county or Land that appoints someone owns the
 * office ("Die Stadt Kassel hat X zur Digitalbeauftragten ernannt"), as does the place a remit's
 * "in" phrase names ("Amtsleiter für Digitalisierung im Landkreis Fulda"); a town's or county's council
 * decides for it ("Der Kreistag des Landkreises Fulda hat ... beschlossen"); "den Beschluss
 * gefasst, X zu tun" adopts what the infinitive says; "Dem Rat gehören neben A auch B und C an"
 * makes A a member too (sentences written for these tests; parses in
 * tests/fixtures/parses/appointers-councils-and-resolutions.json).
 */
import { describe, expect, it } from "vitest";
import { destination, office, pair, pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("appointers-councils-and-resolutions");
const offices = async (text: string) => (await facts(text, "holdsOffice")).map(office);
const adopts = async (text: string) => (await facts(text, "adopts")).map(pairOrText);

describe("the one who appoints", () => {
  it("owns the office when it is a town, a county or a Land", async () => {
    expect(await offices("Die Stadt Kassel hat Anna Keller zur neuen Digitalbeauftragten ernannt.")).toEqual([
      "Anna Keller -> Kassel (Digitalbeauftragte)",
    ]);
    expect(
      await offices("Anna Keller wurde vom Landkreis Fulda zur Leiterin des Digitalisierungsamts bestellt."),
    ).toEqual(["Anna Keller -> Landkreis Fulda (Leiterin)"]);
  });

  it("is where the remit's 'in' phrase says, when no one appoints", async () => {
    // (read by the parse, sure enough for the graph; a guess from the words alone would wait for review)
    const found = await facts(
      "Jonas Weber ist Amtsleiter für Digitalisierung im Landkreis Fulda.",
      "holdsOffice",
    );
    expect(found.map((fact) => `${office(fact)} ${destination(fact)}`)).toEqual([
      "Jonas Weber -> Landkreis Fulda (Amtsleiter für Digitalisierung) graph",
    ]);
  });

  it("leaves an office of a named organisation to it", async () => {
    expect(
      await offices("Die Stadt Kassel hat Anna Keller zur Geschäftsführerin der ekom21 ernannt."),
    ).toEqual(["Anna Keller -> ekom21 (Geschäftsführerin)"]);
  });
});

describe("a council", () => {
  it("decides for its county or town", async () => {
    expect(
      await adopts("Der Kreistag des Landkreises Fulda hat die Einführung der E-Akte beschlossen."),
    ).toEqual(["Landkreis Fulda -> Einführung der E-Akte"]);
    expect(await adopts("Der Kasseler Stadtrat hat die Einführung der E-Akte beschlossen.")).toEqual([
      "Kassel -> Einführung der E-Akte",
    ]);
  });

  it("named without its place decides for no one", async () => {
    expect(await adopts("Der Kreistag hat die Digitalstrategie beschlossen.")).toEqual([]);
  });
});

describe("a resolution taken", () => {
  it("adopts what its infinitive says, and nothing when it says nothing", async () => {
    expect(await adopts("Der IT-Planungsrat hat den Beschluss gefasst, die FITKO zu stärken.")).toEqual([
      "IT-Planungsrat -> die FITKO stärken",
    ]);
    expect(await adopts("Der IT-Planungsrat hat den Beschluss gefasst.")).toEqual([]);
  });
});

describe("belonging beside another", () => {
  it("makes the one named with 'neben' a member too", async () => {
    expect(
      (
        await facts(
          "Dem Digitalrat gehören neben Anna Keller auch Jonas Weber und Lena Hoffmann an.",
          "memberOf",
        )
      )
        .map(pair)
        .sort(),
    ).toEqual(["Anna Keller -> Digitalrat", "Jonas Weber -> Digitalrat", "Lena Hoffmann -> Digitalrat"]);
  });
});
