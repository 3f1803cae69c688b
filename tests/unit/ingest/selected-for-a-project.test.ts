/**
 * Towns chosen for a named project with no role named: "Das Bundesinnenministerium hat den
 * Landkreis Wunsiedel für das Projekt „Smartes Fichtelgebirge“ ausgewählt" (sentences written for
 * these tests; parses in tests/fixtures/parses/selected-for-a-project.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("selected-for-a-project");
const participants = async (text: string) => (await facts(text, "participatesIn")).map(pair).sort();

describe("a town selected for a named project", () => {
  it("takes part in the project, in the active with the perfect's auxiliary at the head", async () => {
    expect(
      await participants(
        "Das Bundesinnenministerium hat den Landkreis Wunsiedel für das Projekt „Smartes Fichtelgebirge“ ausgewählt.",
      ),
    ).toEqual(["Landkreis Wunsiedel i.Fichtelgebirge -> Smartes Fichtelgebirge"]);
    expect(
      await participants("Die Jury hat die Stadt Ulm für den Wettbewerb „Digitale Stadt“ ausgewählt."),
    ).toEqual(["Ulm -> Digitale Stadt"]);
  });

  it("as it did in the passive", async () => {
    expect(
      await participants(
        "Der Landkreis Cochem-Zell wurde für das Modellvorhaben „Smarte.Land.Regionen“ ausgewählt.",
      ),
    ).toEqual(["Landkreis Cochem-Zell -> Smarte.Land.Regionen"]);
  });

  it("not for a thing selected, a post, a programme or a selection denied", async () => {
    expect(
      await participants("Die Stadt Ulm hat die Software für das Projekt „Ulm digital“ ausgewählt."),
    ).toEqual([]);
    expect(await participants("Das Land hat Herrn Müller für die Stelle ausgewählt.")).toEqual([]);
    expect(
      await participants("Die Stadt Halle wurde für das Förderprogramm „Smart Cities“ ausgewählt."),
    ).toEqual([]);
    expect(
      await participants(
        "Der Landkreis Gießen wurde nicht für das Modellvorhaben „Smarte.Land.Regionen“ ausgewählt.",
      ),
    ).toEqual([]);
  });
});
