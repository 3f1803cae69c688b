/**
 * "Künftig werden sich A als Digitalisierungsbeauftragte und B als IT-Leiter um X kümmern": who
 * will do what in an office is no plan announced (sentences written for these tests; parses in
 * tests/fixtures/parses/duties-in-an-office.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("duties-in-an-office");
const announced = async (text: string) => (await facts(text, "announces")).map(pairOrText);

describe("duties in an office", () => {
  it("announce nothing", async () => {
    expect(
      await announced(
        "Künftig werden sich Anna Keller als Digitalisierungsbeauftragte und Peter Hoffmann als IT-Leiter um die digitalen Bürgerservices kümmern.",
      ),
    ).toEqual([]);
  });

  it("while a Land's plan with a target time is announced", async () => {
    expect(await announced("Thüringen will bis 2025 alle Leistungen online anbieten.")).toEqual([
      "Thüringen -> bis 2025 alle Leistungen online anbieten",
    ]);
  });
});
