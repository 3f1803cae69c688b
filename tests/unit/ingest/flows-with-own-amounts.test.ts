/**
 * Money that goes to several receivers, each named after its own amount ("20.000 Euro gehen an
 * die Kreisstadt Mühldorf und 4.172 Euro an die Gemeinde Obertaufkirchen"): each receives its own
 * amount, not the first one named; and money goes to a place in the accusative ("in den Landkreis
 * X"), not to the place in the dative where it is shared out ("Im Landkreis X fließen ... in vier
 * Kommunen") (items written for these tests; parses in
 * tests/fixtures/parses/flows-with-own-amounts.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("flows-with-own-amounts");
const funds = async (text: string) =>
  (await facts(text, "funds")).map((f) => `${pair(f)} (${f.amount ?? "-"})`).sort();

const PROGRAMME = "Das Land Bayern unterstützt mit dem Programm „Digitales Rathaus“ die Kommunen.";

describe("money going to several receivers", () => {
  it("gives each receiver the amount named before it", async () => {
    expect(
      await funds(
        `${PROGRAMME} 20.000 Euro gehen an die Kreisstadt Mühldorf und 4.172 Euro an die Gemeinde Obertaufkirchen.`,
      ),
    ).toEqual([
      "Bayern -> Digitales Rathaus (-)",
      "Bayern -> Mühldorf a.Inn (20000)",
      "Bayern -> Obertaufkirchen (4172)",
    ]);
  });

  it("gives receivers of one amount that amount", async () => {
    expect(
      await funds(
        `${PROGRAMME} 20.000 Euro gehen an die Kreisstadt Mühldorf und die Gemeinde Obertaufkirchen.`,
      ),
    ).toEqual([
      "Bayern -> Digitales Rathaus (-)",
      "Bayern -> Mühldorf a.Inn (20000)",
      "Bayern -> Obertaufkirchen (20000)",
    ]);
  });

  it("goes to a place in the accusative, not from one in the dative", async () => {
    expect(await funds(`${PROGRAMME} In den Landkreis Forchheim fließen dabei über 19.000 €.`)).toEqual([
      "Bayern -> Digitales Rathaus (-)",
      "Bayern -> Landkreis Forchheim (19000)",
    ]);
    expect(
      await funds(
        `${PROGRAMME} Im Landkreis Bamberg fließen in vier Kommunen insgesamt rund 40.000 € an Fördermitteln.`,
      ),
    ).toEqual(["Bayern -> Digitales Rathaus (-)"]);
  });
});
