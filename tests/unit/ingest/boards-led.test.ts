/**
 * Chairs of an organisation's administrative board named by a verb of leading ("leitet den
 * Verwaltungsrat von Dataport", "Der Beirat der FITKO wird von X geleitet"): the one who leads the
 * board chairs the organisation, as "Vorsitzender des Verwaltungsrats von Dataport" does
 * (sentences written for these tests; parses in tests/fixtures/parses/boards-led.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("boards-led");
const chairs = async (text: string) => (await facts(text, "chairs")).map(pair).sort();

describe("an administrative board led", () => {
  it("is chaired by the subject of the verb", async () => {
    expect(await chairs("Staatssekretär Michael Richter leitet den Verwaltungsrat von Dataport.")).toEqual([
      "Michael Richter -> Dataport",
    ]);
    expect(await chairs("Anna Keller leitet den Beirat der FITKO.")).toEqual(["Anna Keller -> FITKO"]);
  });

  it("is chaired by the passive's agent", async () => {
    expect(
      await chairs("Der Verwaltungsrat von Dataport wird von Staatssekretär Michael Richter geleitet."),
    ).toEqual(["Michael Richter -> Dataport"]);
  });

  it("is no chair where the executive or the supervisory board is led", async () => {
    expect(await chairs("Johann Bizer leitet den Vorstand von Dataport.")).toEqual([]);
    expect(await chairs("Anna Keller leitet den Aufsichtsrat von Dataport.")).toEqual([]);
  });
});
