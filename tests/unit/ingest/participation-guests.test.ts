/**
 * Guests and exchanges at a body's meeting take part in the body: "waren A und B zu Gast im
 * Kreis der Digitalminister" (the body the sentence names), "A, der als Gast beim D16-Treffen
 * war", "Die DMK tauschte sich mit A und B aus"; a guest who did not come takes no part
 * (sentences written for these tests; parses in tests/fixtures/parses/participation-guests.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("participation-guests");

async function participants(text: string): Promise<string[]> {
  return (await facts(text, "participatesIn")).map(pair).sort();
}

describe("a guest", () => {
  it("takes part in the body the sentence names", async () => {
    expect(
      await participants(
        "Am Vorabend der DMK waren Bundesminister Volker Wissing und der Vorsitzende des IT-Planungsrates, Markus Richter, zu Gast im Kreis der Digitalminister.",
      ),
    ).toEqual(["Markus Richter -> Digitalministerkonferenz", "Volker Wissing -> Digitalministerkonferenz"]);
  });

  it("takes part in the meeting of the body named in the guest's phrase", async () => {
    expect(
      await participants(
        "Der Bundesminister für Digitales und Verkehr, Volker Wissing, der als Gast beim D16-Treffen war, betonte die Bedeutung der Zusammenarbeit.",
      ),
    ).toEqual(["Volker Wissing -> D16"]);
  });

  it("takes no part where the visit is denied", async () => {
    expect(
      await participants("Bundesminister Volker Wissing war nicht zu Gast bei der Digitalministerkonferenz."),
    ).toEqual([]);
  });
});

describe("an exchange", () => {
  it("makes the body's partners take part", async () => {
    expect(
      await participants(
        "Darüber hinaus tauschte sich die DMK mit der Bundesbeauftragten Prof. Dr. Louisa Specht-Riemenschneider aus.",
      ),
    ).toEqual(["Louisa Specht-Riemenschneider -> Digitalministerkonferenz"]);
  });
});
