/**
 * Who a programme chose: a passive selection with no role named ("Ausgewählt wurden A, B und C"),
 * also where the parser finds no subject; winners of a competition; a programme with a dotted
 * name; a county known by the short form of its registered name (sentences written for these
 * tests; parses in tests/fixtures/parses/selections-and-winners.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("selections-and-winners");

const OPENING = 'Das Bundesinnenministerium hat 13 "Modellprojekte Smart Cities" ausgewählt.';

async function participants(text: string): Promise<string[]> {
  return (await facts(`${OPENING} ${text}`, "participatesIn")).map(pair).sort();
}

describe("a selection for the item's programme", () => {
  it("takes part in it, listed after the passive verb", async () => {
    expect(await participants("Ausgewählt wurden die Städte Solingen, Ulm und Wolfsburg.")).toEqual([
      "Solingen -> Modellprojekte Smart Cities",
      "Ulm -> Modellprojekte Smart Cities",
      "Wolfsburg -> Modellprojekte Smart Cities",
    ]);
  });

  it("takes part in it where the parser hangs the names on a category", async () => {
    expect(
      await participants('Ausgewählt wurden in der Kategorie "Großstädte" Solingen, Ulm und Wolfsburg.'),
    ).toEqual([
      "Solingen -> Modellprojekte Smart Cities",
      "Ulm -> Modellprojekte Smart Cities",
      "Wolfsburg -> Modellprojekte Smart Cities",
    ]);
  });

  it("is made of winners too, a county named by its short name among them", async () => {
    expect(await participants("In der Kategorie Landkreise konnte der Landkreis Wunsiedel siegen.")).toEqual([
      "Landkreis Wunsiedel i.Fichtelgebirge -> Modellprojekte Smart Cities",
    ]);
  });
});

describe("a programme with a dotted name", () => {
  it("is a project its chosen regions take part in", async () => {
    const found = (
      await facts(
        "Sieben Landkreise wurden als Smarte.Land.Regionen ausgezeichnet. Die Landkreise Coesfeld und Uelzen sind damit Modellregionen.",
        "participatesIn",
      )
    ).map(pair);
    expect(found).toEqual(
      expect.arrayContaining([
        "Kreis Coesfeld -> Smarte.Land.Regionen",
        "Landkreis Uelzen -> Smarte.Land.Regionen",
      ]),
    );
  });
});
