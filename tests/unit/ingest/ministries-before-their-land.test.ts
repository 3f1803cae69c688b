/**
 * A Land's ministry named by its noun before the Land ("das Innenministerium Baden-Württemberg",
 * "des Finanzministeriums des Landes Sachsen-Anhalt") is the ministry its adjective names
 * ("Baden-Württembergisches Innenministerium"), named as the news write it, or the one the
 * reference knows by that name; for offices it stands for its Land (sentences written for these tests; parses in
 * tests/fixtures/parses/ministries-before-their-land.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts, offices } = portalItems("ministries-before-their-land");
const acts = async (text: string) =>
  (await facts(text, ["funds", "launches"]))
    .filter((f) => f.confidence >= 0.6)
    .map((f) => `${f.type} ${pairOrText(f)}`);

describe("a ministry named before its Land", () => {
  it("acts as the ministry of that Land", async () => {
    expect(
      await acts(
        "Das Innenministerium Baden-Württemberg hat das Förderprogramm „Digital aufs Amt“ aufgelegt.",
      ),
    ).toEqual(["launches Innenministerium Baden-Württemberg -> Digital aufs Amt"]);
    expect(
      await acts("Das Digitalministerium Hessen fördert das Projekt „Smart Region“ mit 200.000 Euro."),
    ).toEqual(["funds Digitalministerium Hessen -> Smart Region"]);
  });

  it("is read with the Land's title between, named as written with the Land's name", async () => {
    expect(
      await acts(
        "Das Finanzministerium des Landes Sachsen-Anhalt fördert das Projekt „Smart Region“ mit 200.000 Euro.",
      ),
    ).toEqual(["funds Finanzministerium Sachsen-Anhalt -> Smart Region"]);
    expect(
      await acts("Das Finanzministerium Thüringen fördert das Projekt „Smart Region“ mit 200.000 Euro."),
    ).toEqual(["funds Finanzministerium Thüringen -> Smart Region"]);
  });

  it("is one ministry with the one its adjective names", async () => {
    const [named] = await facts(
      "Das Innenministerium Baden-Württemberg fördert das Projekt „Smart Region“ mit 200.000 Euro.",
      "funds",
    );
    const [adjective] = await facts(
      "Das baden-württembergische Innenministerium fördert das Projekt „Smart Region“ mit 200.000 Euro.",
      "funds",
    );
    expect(named!.subject.id).toBe(adjective!.subject.id);
    expect(adjective!.subject.name).toBe("Baden-Württembergisches Innenministerium");
  });

  it("is the ministry the reference knows by the adjective's name", async () => {
    expect(
      await acts("Das Innenministerium Brandenburg fördert das Projekt „Smart Region“ mit 200.000 Euro."),
    ).toEqual(["funds Ministerium des Innern und für Kommunales -> Smart Region"]);
  });

  it("stands for its Land in an office", async () => {
    expect(
      await offices("Staatssekretär im Finanzministerium Sachsen-Anhalt ist Jonas Beispielmann."),
    ).toEqual(["Jonas Beispielmann -> Sachsen-Anhalt (Staatssekretär)"]);
  });
});
