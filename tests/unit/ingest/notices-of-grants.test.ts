/**
 * A notice named only "Bescheid" is one of a grant where it names what it grants ("einen Bescheid
 * über 200.000 Euro", "in Höhe von 200.000 Euro"): received from a giver, the giver funds the
 * receiver; any other notice funds no one (sentences written for these tests; parses in
 * tests/fixtures/parses/notices-of-grants.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("notices-of-grants");
const funds = async (text: string) =>
  (await facts(text, "funds")).map((f) => `${pair(f)} (${f.amount ?? "-"})`).sort();

describe("a notice received", () => {
  it("is a grant where it names an amount", async () => {
    expect(await funds("Die Stadt Kassel erhielt vom Land Hessen einen Bescheid über 200.000 Euro.")).toEqual(
      ["Hessen -> Kassel (200000)"],
    );
    expect(
      await funds("Die Stadt Kassel erhielt vom Land Hessen einen Bescheid in Höhe von 200.000 Euro."),
    ).toEqual(["Hessen -> Kassel (200000)"]);
  });

  it("is no grant where it names something else", async () => {
    expect(
      await funds("Die Stadt Kassel erhielt vom Land Hessen den Bescheid über die Baugenehmigung."),
    ).toEqual([]);
  });
});
