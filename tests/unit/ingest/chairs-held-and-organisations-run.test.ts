/**
 * Chairs the parser reads oddly: a fronted "Den Vorsitz ... hat das Land Hessen inne", an adverb
 * taken for the subject ("Turnusgemäß übernimmt Sachsen ... den Vorsitz"), and "Vorsitzland" in
 * either order. Running a named organisation ("Anna Keller führt die FITKO") is leading it, a
 * body run is chaired, and talks held are nothing; a person is no user of a service of record
 * (sentences written for these tests; parses in tests/fixtures/parses/chairs-held-and-organisations-run.json).
 */
import { describe, expect, it } from "vitest";
import { office, pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("chairs-held-and-organisations-run");
const chairs = async (text: string) => (await facts(text, "chairs")).map(pair);
const rules = async (text: string) => (await facts(text, "chairs")).map((fact) => fact.confidence >= 0.8);

describe("a chair", () => {
  it("held with the chair put first is read by the parse", async () => {
    const text = "Den Vorsitz im IT-Planungsrat hat 2026 das Land Hessen inne.";
    expect(await chairs(text)).toEqual(["Hessen -> IT-Planungsrat"]);
    expect(await rules(text)).toEqual([true]);
  });

  it("taken by a holder the parser read as an object", async () => {
    expect(
      (
        await chairs("Turnusgemäß übernimmt Sachsen zum 1. Januar den Vorsitz im IT-Planungsrat von Hessen.")
      ).sort(),
    ).toEqual(["Hessen -> IT-Planungsrat", "Sachsen -> IT-Planungsrat"]);
  });

  it("is held by the Vorsitzland, in either order, and not where denied", async () => {
    for (const text of [
      "Sachsen ist in diesem Jahr Vorsitzland der Digitalministerkonferenz.",
      "Vorsitzland der Digitalministerkonferenz ist in diesem Jahr Sachsen.",
    ]) {
      expect(await chairs(text)).toEqual(["Sachsen -> Digitalministerkonferenz"]);
      expect(await rules(text)).toEqual([true]);
    }
    expect(await rules("Sachsen ist nicht Vorsitzland der Digitalministerkonferenz.")).not.toContain(true);
  });
});

describe("running an organisation", () => {
  it("is leading it, a body's run is its chair, talks are nothing", async () => {
    expect((await facts("Anna Keller führt die FITKO seit 2023.", "holdsOffice")).map(office)).toEqual([
      "Anna Keller -> FITKO (Leitung)",
    ]);
    expect(await chairs("Anna Keller führt den IT-Planungsrat.")).toEqual(["Anna Keller -> IT-Planungsrat"]);
    expect(await facts("Anna Keller führt den IT-Planungsrat.", "holdsOffice")).toEqual([]);
    expect(await facts("Anna Keller führt Gespräche mit der FITKO.", "holdsOffice")).toEqual([]);
  });

  it("a person introducing a service is no user of it", async () => {
    expect(await facts("Anna Keller führt die E-Akte ein.", "usesService")).toEqual([]);
  });
});
