/**
 * Towns of one name in several Länder: the item's Land, or a county or Land named in the same
 * sentence, says which one a name means; with no Land to go by, the largest (sentences written
 * for these tests; parses in tests/fixtures/parses/town-namesakes.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("town-namesakes");

async function funded(text: string): Promise<string[]> {
  return (await facts(text, "funds")).map(pair).sort();
}

describe("a town of a name several Länder have", () => {
  it("is the one of the Land that funds it", async () => {
    expect(await funded("Der Freistaat Bayern fördert die Stadt Friedberg mit 5.000 Euro.")).toEqual([
      "Bayern -> Friedberg",
    ]);
    expect(await funded("Das Land Hessen fördert die Stadt Friedberg mit 5.000 Euro.")).toEqual([
      "Hessen -> Friedberg (Hessen)",
    ]);
  });

  it("is the one in the county the sentence names", async () => {
    expect(await funded("Im Landkreis Dillingen erhält die Stadt Dillingen 5.000 Euro vom Bund.")).toEqual([
      "Bund -> Dillingen a.d.Donau",
    ]);
  });

  it("is the largest with no Land to go by", async () => {
    expect(await funded("Die Stadt Dillingen erhält 5.000 Euro vom Bund.")).toEqual([
      "Bund -> Dillingen/ Saar",
    ]);
  });
});
