/**
 * Leads named by the adverb "federführend" on a verb: the active subject leads the object ("Hamburg
 * setzt das Projekt X federführend um"), the passive's agent the passive subject ("Das Themenfeld X
 * wird federführend von Mecklenburg-Vorpommern betreut") (sentences written for these tests;
 * parses in tests/fixtures/parses/leads-by-adverb.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("leads-by-adverb");
const leads = async (text: string) => (await facts(text, "leads")).map(pair).sort();

describe("a lead named by 'federführend'", () => {
  it("is the subject's over the object", async () => {
    expect(await leads("Hamburg setzt das Projekt „Digitale Baugenehmigung“ federführend um.")).toEqual([
      "Hamburg -> OZG-Leistung Bauantrag",
    ]);
  });

  it("is the agent's over the passive subject", async () => {
    expect(
      await leads("Das Themenfeld „Bauen und Wohnen“ wird federführend von Mecklenburg-Vorpommern betreut."),
    ).toEqual(["Mecklenburg-Vorpommern -> OZG-Themenfeld Bauen & Wohnen"]);
  });

  it("is no one's where denied or only planned", async () => {
    expect(await leads("Hamburg setzt das Projekt „Digitale Baugenehmigung“ nicht federführend um.")).toEqual(
      [],
    );
    expect(await leads("Hamburg will das Projekt „Digitale Baugenehmigung“ federführend umsetzen.")).toEqual(
      [],
    );
  });
});
