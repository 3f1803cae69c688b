/**
 * A Land's parliament or government named by its seat ("der Landtag in Düsseldorf", "im Kieler
 * Landtag", "die Landesregierung in Düsseldorf") or by its noun alone in an item about one Land
 * ("Der Landtag hat ... beschlossen"), and a decision the parser read with the decided text as
 * the subject (sentences written for these tests; parses in
 * tests/fixtures/parses/parliaments-by-their-seat.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("parliaments-by-their-seat");
const adoptions = async (text: string) => (await facts(text, "adopts")).map(pairOrText);

describe("a parliament named by its seat", () => {
  it("is the parliament of the Land whose capital it sits in", async () => {
    expect(
      await adoptions("Im Juni hat der Landtag in Düsseldorf das neue E-Government-Gesetz verabschiedet."),
    ).toEqual(["Landtag Nordrhein-Westfalen -> neue E-Government-Gesetz"]);
    expect(
      await adoptions("Im Kieler Landtag wurde am Freitag das Digitalisierungsgesetz beschlossen."),
    ).toEqual(["Schleswig-Holsteinischer Landtag -> Digitalisierungsgesetz"]);
    expect(await adoptions("Der Dresdner Landtag hat das Digitalisierungsgesetz verabschiedet.")).toEqual([
      "Sächsischer Landtag -> Digitalisierungsgesetz",
    ]);
  });

  it("not by the adjective of a town that is no capital", async () => {
    expect(await adoptions("Der Bonner Landtag hat das Digitalisierungsgesetz verabschiedet.")).toEqual([]);
  });
});

describe("a parliament named by its noun alone", () => {
  it("is the parliament of the Land the sentence names", async () => {
    expect(
      await adoptions("In Sachsen hat der Landtag am Mittwoch das Digitalisierungsgesetz beschlossen."),
    ).toEqual(["Sächsischer Landtag -> Digitalisierungsgesetz"]);
  });

  it("not of a Land an earlier sentence named, nor of a city-state, which has no Landtag", async () => {
    expect(
      await adoptions(
        "Das Saarland bekommt ein Digitalisierungsgesetz. Der Landtag hat das Digitalisierungsgesetz am Mittwoch beschlossen.",
      ),
    ).toEqual([]);
    expect(
      await adoptions("In Hamburg hat der Landtag das Digitalisierungsgesetz am Mittwoch beschlossen."),
    ).toEqual([]);
  });
});

describe("a government named by its seat", () => {
  it("decides for the Land whose capital it sits in, also where the parser took the strategy for the subject", async () => {
    expect(
      await adoptions("Die Landesregierung in Düsseldorf hat die Digitalstrategie beschlossen."),
    ).toEqual(["Nordrhein-Westfalen -> Digitalstrategie"]);
    expect(
      await adoptions("Die Staatsregierung in München hat am Dienstag die Digitalstrategie beschlossen."),
    ).toEqual(["Bayern -> Digitalstrategie"]);
  });

  it("while a Land named with the government stays its Land", async () => {
    expect(await adoptions("Die Landesregierung von Hessen hat die Digitalstrategie beschlossen.")).toEqual([
      "Hessen -> Digitalstrategie",
    ]);
  });
});

describe("a decided thing read as the subject", () => {
  it("not where the actor comes after it, nor where the subject names people", async () => {
    expect(
      await adoptions(
        "Entsprechende Pläne von Bauministerin Klara Geywitz beschloss das Bundeskabinett am Mittwoch.",
      ),
    ).toEqual([]);
    expect(
      await adoptions(
        "Im Rahmen der Verbandsversammlung stimmten die Mitglieder außerdem zu, die Stadt Giengen an der Brenz in den Zweckverband 4IT aufzunehmen.",
      ),
    ).toEqual([]);
  });
});
