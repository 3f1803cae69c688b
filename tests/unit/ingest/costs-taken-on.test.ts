/**
 * Taking on the costs of a project funds it ("Das Land übernimmt die Kosten des Projekts X",
 * "90 Prozent der Kosten", "die Kosten" of the item's project); sharing the costs is funding and
 * no part taken ("beteiligt sich mit 50 Millionen Euro an den Kosten der Plattform X"); taking on
 * a chair or the costs of a party is no funding (sentences written for these tests; parses in
 * tests/fixtures/parses/costs-taken-on.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("costs-taken-on");
const funds = async (text: string) => (await facts(text, "funds")).map(pair);

describe("costs taken on", () => {
  it("fund what they are the costs of, or a share of them", async () => {
    expect(
      await funds("Das Land Hessen übernimmt 90 Prozent der Kosten des Projekts Digitale Dörfer."),
    ).toEqual(["Hessen -> Projekt Digitale Dörfer"]);
    expect(
      await funds("Das Projekt Digitale Dörfer startet im Mai. Das Land Hessen übernimmt die Kosten."),
    ).toEqual(["Hessen -> Projekt Digitale Dörfer"]);
  });

  it("shared, are funding and no part taken", async () => {
    const text = "Der Bund beteiligt sich mit 50 Millionen Euro an den Kosten der Plattform FIT-Connect.";
    expect(await funds(text)).toEqual(["Bund -> Plattform FIT-Connect"]);
    expect(await facts(text, "participatesIn")).toEqual([]);
  });

  it("fund nothing when a chair or a party's costs are taken on", async () => {
    expect(await funds("Das Land Hessen übernimmt den Vorsitz.")).toEqual([]);
    expect(await funds("Die Stadt Kassel übernimmt die Kosten für die Feier.")).toEqual([]);
  });
});
