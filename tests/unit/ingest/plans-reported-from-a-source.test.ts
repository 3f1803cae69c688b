/**
 * A plan reported from a named source ("Laut Kristina Sinemus soll das Portal im Herbst starten",
 * "nach Angaben des Bundesministeriums ... soll") by a target time is the source's announcement,
 * with what is planned as its subject (sentences written for these tests; parses in
 * tests/fixtures/parses/plans-reported-from-a-source.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("plans-reported-from-a-source");
const announcements = async (text: string) => (await facts(text, "announces")).map(pairOrText);

describe("a plan reported from a source", () => {
  it("is the source's announcement, with what is planned", async () => {
    expect(await announcements("Laut Kristina Sinemus soll das Portal im Herbst starten.")).toEqual([
      "Kristina Sinemus -> das Portal im Herbst starten",
    ]);
    expect(
      await announcements(
        "Nach Angaben des Bundesministeriums für Digitales und Staatsmodernisierung soll der Deutschland-Stack bis Ende 2026 stehen.",
      ),
    ).toEqual([
      "Bundesministerium für Digitales und Staatsmodernisierung -> der Deutschland-Stack bis Ende 2026 stehen",
    ]);
  });

  it("not a denied plan, nor one without a target time", async () => {
    expect(await announcements("Laut Kristina Sinemus soll das Portal nicht im Herbst starten.")).toEqual([]);
    expect(await announcements("Laut Kristina Sinemus sollen die Kommunen mehr Geld bekommen.")).toEqual([]);
  });
});
