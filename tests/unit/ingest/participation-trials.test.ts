/**
 * Who tests, pilots or is chosen for a project takes part in it (participation-trials.ts); work
 * done "in Zusammenarbeit mit" someone is work on the item's project. Sentences written for this
 * test (parses in
 * tests/fixtures/parses/participation-trials.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("participation-trials");
const named = "Das Projekt „Bürgerkonto Nord“ ging im März online.";

describe("trials", () => {
  it("reads places still in a trial as taking part in the item's project", async () => {
    expect(
      (
        await facts(
          `${named} Lübeck, Kiel und der Kreis Pinneberg sind noch im Testbetrieb.`,
          "participatesIn",
        )
      ).map(pair),
    ).toEqual([
      "Lübeck -> Bürgerkonto Nord",
      "Kiel -> Bürgerkonto Nord",
      "Kreis Pinneberg -> Bürgerkonto Nord",
    ]);
  });

  it("reads a county that tests the service, and one where a pilot runs", async () => {
    expect(
      (
        await facts(
          `${named} Der Kreis Pinneberg erprobt mit ausgewählten Nutzern den Echtbetrieb.`,
          "participatesIn",
        )
      ).map(pair),
    ).toEqual(["Kreis Pinneberg -> Bürgerkonto Nord"]);
    expect(
      (await facts(`${named} Seit Mai läuft im Kreis Stormarn ein Pilotversuch.`, "participatesIn")).map(
        pair,
      ),
    ).toEqual(["Kreis Stormarn -> Bürgerkonto Nord"]);
  });
});

describe("selections", () => {
  it("reads the places chosen for a project, listed before or after the verb", async () => {
    expect(
      (
        await facts(
          "Die Städte Jena und Gera wurden als Modellkommunen für das Projekt „Digitale Stadt“ ausgewählt.",
          "participatesIn",
        )
      ).map(pair),
    ).toEqual(["Jena -> Digitale Stadt", "Gera -> Digitale Stadt"]);
    expect(
      (
        await facts(
          "Als Modellkommunen Digitale Heimat wurden ausgewählt: - Erfurt - Gera - Jena.",
          "participatesIn",
        )
      ).map(pair),
    ).toEqual([
      "Erfurt -> Modellkommunen Digitale Heimat",
      "Gera -> Modellkommunen Digitale Heimat",
      "Jena -> Modellkommunen Digitale Heimat",
    ]);
  });

  it("reads the places an active verb chose, not the ones who chose them", async () => {
    expect(
      (
        await facts(
          'Am 12. Mai 2021 hat eine Jury die Städte Jena und Gera sowie den Landkreis Greiz als "Modellkommunen Digitale Heimat" ausgewählt.',
          "participatesIn",
        )
      ).map(pair),
    ).toEqual([
      "Jena -> Modellkommunen Digitale Heimat",
      "Gera -> Modellkommunen Digitale Heimat",
      "Landkreis Greiz -> Modellkommunen Digitale Heimat",
    ]);
  });
});

describe("the item's project", () => {
  it("is what work in cooperation with a partner is on", async () => {
    expect(
      (
        await facts(
          "Das Projekt „Bürgerkonto Nord“ startet im Juni. Die technische Umsetzung erfolgt in enger Zusammenarbeit mit dem IT-Dienstleister Codeworx.",
          "participatesIn",
        )
      ).map(pair),
    ).toEqual(["Codeworx -> Bürgerkonto Nord"]);
  });
});
