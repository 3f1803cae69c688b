/**
 * Users counted with "über" whom the parser reads as an oblique beside a noun it takes for the
 * subject ("Über 200 Kommunen in Hessen nutzen die Plattform civento") or after a fronted object
 * ("Den Online-Dienst „Wohngeld“ nutzen bereits über 500 Kommunen") (sentences written for these
 * tests; parses in tests/fixtures/parses/users-counted-beside-objects.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("users-counted-beside-objects");
const uses = async (text: string) =>
  (await facts(text, "usesService")).map((f) => `${pairOrText(f)} (${f.count ?? ""})`).sort();

describe("users counted with 'über'", () => {
  it("use the service the noun after the verb names", async () => {
    expect(await uses("Über 200 Kommunen in Hessen nutzen die Plattform civento.")).toEqual([
      "civento -> Kommunen in Hessen (200)",
    ]);
    expect(await uses("Bereits heute nutzen über 200 Kommunen die Plattform civento.")).toEqual([
      "civento -> Kommunen (200)",
    ]);
  });

  it("use the service named before the verb", async () => {
    expect(await uses("Den Online-Dienst „Wohngeld“ nutzen bereits über 500 Kommunen.")).toEqual([
      "Wohngeld -> Kommunen (500)",
    ]);
  });

  it("are no users where 'über' says what a single actor decides on", async () => {
    expect(await uses("Über 200 Anträge auf den Online-Dienst entscheidet die Stadt.")).toEqual([]);
  });
});
