/**
 * Names of new projects in the nominative and without "neu" ("des Projekts Online-Gateway",
 * "einen neuen Ausschuss"), and a passive's agent the parser hangs on the fronted passive subject
 * ("Gefördert wird das Projekt X durch das Land Hessen") (sentences written for these tests;
 * parses in tests/fixtures/parses/names-and-agents.json).
 */
import { describe, expect, it } from "vitest";
import { pair, pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("names-and-agents");

describe("a new project's name", () => {
  it("has its kind word in the nominative", async () => {
    expect(
      (await facts("Partner des Projekts Online-Gateway ist Dataport.", "participatesIn")).map(pair),
    ).toEqual(["Dataport -> Projekt Online-Gateway"]);
  });

  it("leaves out that it is new", async () => {
    expect(
      (
        await facts(
          "Der Deutsche Städte- und Gemeindebund gründet einen neuen Ausschuss für Digitalisierung.",
          "launches",
        )
      ).map(pairOrText),
    ).toEqual(["Deutscher Städte- und Gemeindebund -> Ausschuss für Digitalisierung"]);
  });
});

describe("a fronted passive's agent", () => {
  it("funds with durch as with von", async () => {
    expect(
      (await facts("Gefördert wird das Projekt „Digitale Dörfer“ durch das Land Hessen.", "funds")).map(pair),
    ).toEqual(["Hessen -> Digitale Dörfer"]);
  });
});
