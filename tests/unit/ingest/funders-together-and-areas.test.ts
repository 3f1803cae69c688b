/**
 * Funding done through someone ("Die Förderung der Modellprojekte Smart Cities erfolgt über die
 * KfW"), a funder's partner ("fördert das BMI gemeinsam mit der KfW"), named projects a verb funds
 * through ("Mit den Modellprojekten Smart Cities fördert ..."), and an OZG-Themenfeld called a
 * Themenbereich ("die Federführung für den Themenbereich Familie und Kind")
 * (sentences written for these tests; parses in tests/fixtures/parses/funders-together-and-areas.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("funders-together-and-areas");
const funds = async (text: string) => (await facts(text, "funds")).map(pair);
const leads = async (text: string) => (await facts(text, "leads")).map(pair);

describe("funding done through someone", () => {
  it("is paid by the one it is done through", async () => {
    expect(await funds("Die Förderung der Modellprojekte Smart Cities erfolgt über die KfW.")).toEqual([
      "KfW -> Modellprojekte Smart Cities",
    ]);
  });

  it("not where what is done is no funding", async () => {
    expect(await funds("Die Beratung der Modellprojekte Smart Cities erfolgt über die KfW.")).toEqual([]);
  });
});

describe("a funder's partner", () => {
  it("funds too, through the named projects", async () => {
    expect(
      await funds(
        "Mit den Modellprojekten Smart Cities fördert das BMI gemeinsam mit der KfW die digitale Modernisierung von Kommunen.",
      ),
    ).toEqual([
      "Bundesministerium des Innern -> Modellprojekte Smart Cities",
      "KfW -> Modellprojekte Smart Cities",
    ]);
    expect(
      await funds("Das Land Hessen fördert gemeinsam mit dem Bund das Projekt „Digitale Wache“."),
    ).toEqual(["Hessen -> Digitale Wache", "Bund -> Digitale Wache"]);
  });

  it("not one named with 'mit' alone", async () => {
    expect(await funds("Das Land Hessen fördert das Projekt „Digitale Wache“ mit dem Bund.")).toEqual([
      "Hessen -> Digitale Wache",
    ]);
  });
});

describe("an OZG-Themenfeld called a Themenbereich", () => {
  it("is the Themenfeld, led by each partner", async () => {
    expect(
      await leads(
        "Die Freie Hansestadt Bremen hat gemeinsam mit dem Bundesministerium für Familie, Senioren, Frauen und Jugend (BMFSFJ) die Federführung für den Themenbereich Familie und Kind übernommen.",
      ),
    ).toEqual([
      "Bremen -> OZG-Themenfeld Familie & Kind",
      "Bundesministerium für Familie, Senioren, Frauen und Jugend -> OZG-Themenfeld Familie & Kind",
    ]);
  });
});
