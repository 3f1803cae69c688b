/**
 * Users of a service counted with a comparative ("bei weit mehr als 100 Kommunen im Einsatz",
 * which the parser reads with "mehr" as the phrase's head) and users that access a service
 * ("greifen auf den Online-Dienst X zu") (sentences written for these tests; parses in
 * tests/fixtures/parses/users-counted-and-accessing.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("users-counted-and-accessing");
const uses = async (text: string) => (await facts(text, "usesService")).map(pairOrText).sort();

describe("a service in use with a counted number of users", () => {
  it("is used by the counted ones", async () => {
    expect(await uses("Der Online-Dienst Wohngeld ist bei weit mehr als 100 Kommunen im Einsatz.")).toEqual([
      "Online-Dienst Wohngeld -> Kommunen",
    ]);
  });
});

describe("a service accessed", () => {
  it("is used by the ones that access it", async () => {
    expect(await uses("Mehr als 350 Wohngeldstellen greifen auf den Online-Dienst Wohngeld zu.")).toEqual([
      "Online-Dienst Wohngeld -> Wohngeldstellen",
    ]);
    expect(await uses("Die Stadt Kiel kann auf die Plattform civento zugreifen.")).toEqual([
      "civento -> Kiel",
    ]);
  });

  it("is none where what is drawn on is no service", async () => {
    expect(await uses("Die Stadt Kiel greift auf Erfahrungen zurück.")).toEqual([]);
    expect(await uses("Die Polizei greift auf Daten zu.")).toEqual([]);
  });
});
