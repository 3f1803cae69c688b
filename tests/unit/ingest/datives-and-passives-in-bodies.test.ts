/**
 * A dative beside an object is whom something is shown to, not what is launched ("hat dem Landtag
 * den Gesetzentwurf vorgestellt"); a draft named by its kind alone is no project; and a passive
 * adopted in a body without an agent is adopted by that body ("wurde im Hessischen Landtag ...
 * verabschiedet") (sentences written for these tests; parses in
 * tests/fixtures/parses/datives-and-passives-in-bodies.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("datives-and-passives-in-bodies");
const launched = async (text: string) => (await facts(text, "launches")).map(pairOrText);
const adopters = async (text: string) => (await facts(text, "adopts")).map((f) => f.subject.name);

describe("a dative beside an object", () => {
  it("is not launched", async () => {
    expect(await launched("Christian Pegel hat dem Landtag die Plattform ELFE vorgestellt.")).toEqual([
      "Christian Pegel -> ELFE – Einfach Leistungen für Eltern",
    ]);
  });

  it("nor is a draft named by its kind alone", async () => {
    expect(await launched("Im Mai hatte Christian Pegel dem Landtag den Gesetzentwurf vorgestellt.")).toEqual(
      [],
    );
  });
});

describe("a passive adopted in a body", () => {
  it("is adopted by the body", async () => {
    expect(
      await adopters("Am Dienstag wurde im Hessischen Landtag das E-Government-Gesetz verabschiedet."),
    ).toEqual(["Hessischer Landtag"]);
  });

  it("not by a town where it was adopted", async () => {
    expect(await adopters("Am Dienstag wurde in Wiesbaden das E-Government-Gesetz verabschiedet.")).toEqual(
      [],
    );
  });
});
