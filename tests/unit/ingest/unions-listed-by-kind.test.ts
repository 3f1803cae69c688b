/**
 * Local unions listed after their plural kind ("die Ämter Lebus und Rhinow") among founding
 * members: the first keeps its kind in the singular, "Amt Lebus" (sentences written for these
 * tests; parses in tests/fixtures/parses/unions-listed-by-kind.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("unions-listed-by-kind");
const members = async (text: string) => (await facts(text, "memberOf")).map(pair);

describe("a union listed after its plural kind", () => {
  it("is named with its kind in the singular where the register knows no such name", async () => {
    expect(
      await members(
        "Gründungsmitglieder des Zweckverbands Digitale Kommunen Brandenburg sind die Städte Angermünde und Bad Belzig sowie die Ämter Schenkenländchen und Temnitz.",
      ),
    ).toEqual([
      "Angermünde -> Zweckverband Digitale Kommunen Brandenburg",
      "Bad Belzig -> Zweckverband Digitale Kommunen Brandenburg",
      "Amt Schenkenländchen -> Zweckverband Digitale Kommunen Brandenburg",
      "Temnitz -> Zweckverband Digitale Kommunen Brandenburg",
    ]);
  });
});
