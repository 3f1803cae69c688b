/**
 * Leads held by a fronted lead noun ("Die Federführung für X hat Hessen", which the parser reads
 * with "hat" as the auxiliary of the name) and leads taken as the coordination of a named project
 * (sentences written for these tests; parses in tests/fixtures/parses/leads-held-and-coordinated.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("leads-held-and-coordinated");
const leads = async (text: string) => (await facts(text, "leads")).map(pair).sort();

describe("a lead held by the one a fronted lead noun names", () => {
  it("is the one after the verb of having", async () => {
    expect(await leads("Die Federführung für das OZG-Projekt „Wohngeld“ hat Hessen.")).toEqual([
      "Hessen -> Wohngeld",
    ]);
  });

  it("is each one after it", async () => {
    expect(await leads("Die Federführung für das OZG-Projekt „Wohngeld“ haben Hessen und Bayern.")).toEqual([
      "Bayern -> Wohngeld",
      "Hessen -> Wohngeld",
    ]);
  });

  it("is no one's where denied", async () => {
    expect(await leads("Die Federführung für das OZG-Projekt „Wohngeld“ hat nicht Hessen.")).toEqual([]);
  });
});

describe("the coordination of a named project", () => {
  it("leads the project, taken or held", async () => {
    expect(await leads("Die FITKO übernimmt die Koordinierung des OZG-Projekts „Wohngeld“.")).toEqual([
      "FITKO -> Wohngeld",
    ]);
    expect(await leads("Bremen hat die Koordination des OZG-Projekts „Wohngeld“ übernommen.")).toEqual([
      "Bremen -> Wohngeld",
    ]);
  });

  it("leads nothing for the coordination of a unit's work", async () => {
    expect(await leads("Die FITKO übernimmt die Koordinierung der Arbeitsgruppe.")).toEqual([]);
  });
});
