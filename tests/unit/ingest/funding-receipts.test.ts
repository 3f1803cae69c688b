/**
 * A receipt of money with no giver named ("Die Stadt Marburg erhält eine Förderung in Höhe von
 * 9.228 Euro") is paid by the funder of the item's latest funds fact; a giver named pays itself;
 * with no funder before, or a receipt denied, nobody funds (sentences written for these tests;
 * parses in tests/fixtures/parses/funding-receipts.json). Money that goes or flows somewhere ("An die
 * Stadt Fulda gingen 10.378 Euro") is a receipt too.
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("funding-receipts");

async function funders(text: string): Promise<string[]> {
  return (await facts(text, "funds")).map(pair).sort();
}

describe("a receipt with no giver named", () => {
  it("is paid by the item's latest funder", async () => {
    expect(
      await funders(
        "Das Land Hessen fördert das Projekt „Digitale Dörfer“ mit drei Millionen Euro. Die Stadt Marburg erhält eine Förderung in Höhe von 9.228 Euro.",
      ),
    ).toEqual(["Hessen -> Digitale Dörfer", "Hessen -> Marburg"]);
  });

  it("is paid by no one when the item named no funder before", async () => {
    expect(await funders("Die Stadt Marburg erhält eine Förderung in Höhe von 9.228 Euro.")).toEqual([]);
  });

  it("states nothing when it is denied", async () => {
    expect(
      await funders(
        "Das Land Hessen fördert das Projekt „Digitale Dörfer“ mit drei Millionen Euro. Die Stadt Marburg erhält keine Förderung.",
      ),
    ).toEqual(["Hessen -> Digitale Dörfer"]);
  });
});

describe("a receipt from a giver named", () => {
  it("is paid by that giver", async () => {
    expect(
      await funders(
        "Das Land Hessen fördert das Projekt „Digitale Dörfer“ mit drei Millionen Euro. Die Stadt Marburg erhält 9.228 Euro vom Bund.",
      ),
    ).toEqual(["Bund -> Marburg", "Hessen -> Digitale Dörfer"]);
  });
});

describe("money that goes or flows somewhere", () => {
  it("funds the project it flows into, from the giver named", async () => {
    expect(
      await funders(
        "Insgesamt fließen 1,2 Millionen Euro vom Land Hessen in das Projekt „Smart Region Nordhessen“.",
      ),
    ).toEqual(["Hessen -> Smart Region Nordhessen"]);
  });

  it("funds the town it goes to, paid by the item's latest funder", async () => {
    expect(
      await funders(
        "Das Land Hessen fördert die Stadt Kassel mit 200.000 Euro. An die Stadt Fulda gingen 10.378 Euro.",
      ),
    ).toEqual(["Hessen -> Fulda", "Hessen -> Kassel"]);
  });

  it("is money: a chair that goes to a Land is no funding", async () => {
    expect(
      await funders("Das Land Hessen fördert die Stadt Kassel mit 200.000 Euro. Der Vorsitz geht an Bayern."),
    ).toEqual(["Hessen -> Kassel"]);
  });
});
