/**
 * What is not a project: a verb after a kind word ("Die App ging online", "Die App wurde
 * gefördert") and the common nouns a coordinating body's task names ("hat die Aufgabe, die
 * Entwicklung ... zu koordinieren"); a named project coordinated still is one. Sentences written
 * for these tests (parses in tests/fixtures/parses/unnamed-objects.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("unnamed-objects");

describe("objects that name no project", () => {
  it("takes no verb after a kind word for a product's name", async () => {
    const text =
      "Das Land Brandenburg hat die Entwicklung einer App gefördert. Die App ging am 13. August 2019 online. Die App wurde 2020 mit 100.000 Euro gefördert.";
    const objects = [...(await facts(text, "funds")), ...(await facts(text, "launches"))].map(pair);
    expect(objects.join(" ")).not.toMatch(/-> (ging|wurde)\b/);
  });

  it("leads no task's common nouns, but a named project", async () => {
    expect(
      (
        await facts(
          "Die Koordinierungsstelle für IT-Standards hat die Aufgabe, die Entwicklung und den Betrieb von IT-Standards zu koordinieren.",
          "leads",
        )
      ).map(pair),
    ).toEqual([]);
    expect((await facts("Hessen koordiniert das Projekt civento.", "leads")).map(pair)).toEqual([
      "Hessen -> civento",
    ]);
  });
});
