/**
 * "Federführend ist das Land Hessen": a lead with nothing named is of the item's project; a lead
 * "bei" something the sentence names, or a mere competence ("Zuständig ist ..."), is not
 * (sentences written for these tests; parses in tests/fixtures/parses/lead-of-the-item.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("lead-of-the-item");
const leads = async (text: string) => (await facts(text, "leads")).map(pair);

describe("a lead with nothing named", () => {
  it("is of the project the item named", async () => {
    expect(
      await leads("Das Projekt „Digitale Dörfer“ startet im Mai. Federführend ist das Land Hessen."),
    ).toEqual(["Hessen -> Digitale Dörfer"]);
  });

  it("is of nothing without a project before it", async () => {
    expect(await leads("Federführend ist das Land Hessen.")).toEqual([]);
  });

  it("is not of the item's project when the sentence names what is led, or only a competence", async () => {
    expect(
      await leads(
        "Das Projekt „Digitale Dörfer“ startet im Mai. Federführend bei der Umsetzung der Verwaltungsreform ist das Land Hessen.",
      ),
    ).toEqual([]);
    expect(
      await leads("Das Projekt „Digitale Dörfer“ startet im Mai. Zuständig ist das Land Hessen."),
    ).toEqual([]);
  });
});
