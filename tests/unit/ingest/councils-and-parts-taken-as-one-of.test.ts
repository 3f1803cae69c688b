/**
 * Two more readings: a council or an organ named with "von" decides for its place or organisation
 * ("Der Stadtrat von Ulm hat ... beschlossen", "Der Vorstand von Dataport hat ... beschlossen"),
 * and taking part as one of several, the parser hanging the project on the "als" phrase ("nimmt
 * als eine von fünf Kommunen am Projekt X teil") (sentences written for these tests; parses in
 * tests/fixtures/parses/councils-and-parts-taken-as-one-of.json).
 */
import { describe, expect, it } from "vitest";
import { pair, pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("councils-and-parts-taken-as-one-of");

describe("a council or an organ named with 'von'", () => {
  it("decides for its place or organisation", async () => {
    expect(
      (await facts("Der Stadtrat von Ulm hat die Digitalstrategie beschlossen.", "adopts")).map(pairOrText),
    ).toEqual(["Ulm -> Digitalstrategie"]);
    expect(
      (await facts("Der Vorstand von Dataport hat die Strategie beschlossen.", "adopts")).map(pairOrText),
    ).toEqual(["Dataport -> Strategie"]);
  });
});

describe("taking part as one of several", () => {
  it("takes part in the project named in the 'als' phrase", async () => {
    expect(
      (
        await facts(
          "Die Stadt Heilbronn nimmt als eine von fünf Kommunen am Modellprojekt Smart Cities teil.",
          "participatesIn",
        )
      ).map(pair),
    ).toEqual(["Heilbronn -> Modellprojekte Smart Cities"]);
  });

  it("with no project there takes part in none", async () => {
    expect(
      (await facts("Die Stadt Heilbronn nimmt als eine von fünf Kommunen teil.", "participatesIn")).map(pair),
    ).toEqual([]);
  });
});
