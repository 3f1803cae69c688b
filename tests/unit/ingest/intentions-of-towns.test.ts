/**
 * A town or county states an intention as a Land does: "Die Stadt Kassel will bis Ende 2025 die
 * E-Akte einführen" announces it (for review); without a target time it stays no plan (sentences
 * written for these tests; parses in tests/fixtures/parses/intentions-of-towns.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("intentions-of-towns");
const announces = async (text: string) => (await facts(text, "announces")).map(pairOrText);

describe("a town's intention", () => {
  it("with a target time is announced", async () => {
    expect(await announces("Die Stadt Kassel will bis Ende 2025 die E-Akte einführen.")).toEqual([
      "Kassel -> bis Ende 2025 die E-Akte einführen",
    ]);
    expect(await announces("Der Landkreis Fulda will ab 2026 alle Bauanträge digital annehmen.")).toEqual([
      "Landkreis Fulda -> ab 2026 alle Bauanträge digital annehmen",
    ]);
  });

  it("without a target time is none", async () => {
    expect(await announces("Die Stadt Kassel will die E-Akte einführen.")).toEqual([]);
  });
});
