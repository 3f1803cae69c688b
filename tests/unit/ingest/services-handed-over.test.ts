/**
 * Services by their quoted names and services handed over: "Auch der Kreis Soest nutzt den
 * Onlinedienst „Wohngeld digital“" (the parser reads the quoted name as a clause of its own), "Hessen
 * stellt die Plattform Bürgerkonto den Städten Kassel und Darmstadt zur Verfügung" (a service handed
 * over, no grant), "hat das Portal X live geschaltet" (sentences written for these tests; parses in
 * tests/fixtures/parses/services-handed-over.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("services-handed-over");
const pairs = async (text: string, type: "usesService" | "funds" | "launches") =>
  (await facts(text, type)).map(pair).sort();

describe("a service by its quoted name", () => {
  it("is the service its kind noun names", async () => {
    expect(
      await pairs(
        "Auch der Kreis Soest nutzt inzwischen den Onlinedienst „Wohngeld digital“.",
        "usesService",
      ),
    ).toEqual(["Wohngeld digital -> Kreis Soest"]);
    expect(
      await pairs("Ulm bietet als erste Kommune den Onlinedienst „Wohngeld digital“ an.", "usesService"),
    ).toEqual(["Wohngeld digital -> Ulm"]);
  });
});

describe("a service handed over", () => {
  it("funds no one, where no money is named", async () => {
    expect(
      await pairs(
        "Hessen stellt die Plattform Bürgerkonto den Städten Kassel und Darmstadt zur Verfügung.",
        "funds",
      ),
    ).toEqual([]);
    expect(
      await pairs(
        "Die Stadt Ulm stellt ihren Bürgern den Onlinedienst „Wohngeld digital“ zur Verfügung.",
        "funds",
      ),
    ).toEqual([]);
  });

  it("leaves money and budgets handed over grants", async () => {
    expect(
      await pairs("Das Land Hessen stellt der Stadt Kassel Fördermittel zur Verfügung.", "funds"),
    ).toEqual(["Hessen -> Kassel"]);
    expect(
      await pairs("Der Bund stellt für die Plattform „Wohngeld digital“ 2 Millionen Euro bereit.", "funds"),
    ).toEqual(["Bund -> Wohngeld digital"]);
  });
});

describe("a portal switched on live", () => {
  it("is launched by the one who switches it on", async () => {
    expect(
      await pairs(
        "Das Land Niedersachsen hat das Portal „Niedersachsen digital“ live geschaltet.",
        "launches",
      ),
    ).toEqual(["Niedersachsen -> Niedersachsen digital"]);
  });
});
