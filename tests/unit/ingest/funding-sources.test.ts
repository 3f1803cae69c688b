/**
 * Money named by whose it is: "aus Landesmitteln", "Bundesmitteln", "aus Mitteln des Landes X"
 * fund the project the sentence or the item names, with the amount beside the source word; a
 * denied flow funds nothing
 * (sentences written for these tests; parses in tests/fixtures/parses/funding-sources.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("funding-sources");

async function funds(text: string): Promise<string[]> {
  return (await facts(text, "funds")).map((f) => `${pair(f)}${f.amount ? ` (${f.amount})` : ""}`).sort();
}

describe("money named by its source", () => {
  it("is the item's Land's where it comes from 'Landesmitteln'", async () => {
    expect(
      await funds(
        "Niedersachsen setzt den DigitalPakt Schule um. Dazu kommen 52 Millionen Euro aus Landesmitteln.",
      ),
    ).toEqual(["Niedersachsen -> DigitalPakt Schule (52000000)"]);
  });

  it("is the Bund's in 'Bundesmitteln', for the project the sentence names", async () => {
    expect(
      await funds(
        "Nach dreieinhalb Jahren DigitalPakt Schule ist von den rund 6,5 Milliarden Euro Bundesmitteln ein Großteil verplant.",
      ),
    ).toEqual(["Bund -> DigitalPakt Schule (6500000000)"]);
  });

  it("is the Land's its genitive names", async () => {
    expect(
      await funds(
        "Das Programm „Smarte Region“ ist gestartet. Das Geld stammt aus Mitteln des Landes Hessen.",
      ),
    ).toEqual(["Hessen -> Smarte Region"]);
  });

  it("funds nothing where the flow is denied", async () => {
    expect(
      await funds("Das Programm „Smarte Region“ ist gestartet. Bundesmittel fließen nicht in das Programm."),
    ).toEqual([]);
  });
});
