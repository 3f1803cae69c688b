/**
 * Money opening a clause: "Insgesamt 1,2 Millionen Euro stellt das Land Brandenburg für das
 * Projekt ... bereit" is funded by the Land after the verb, as it is with the money after it
 * (sentences written for these tests; parses in tests/fixtures/parses/fronted-money.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("fronted-money");
const funding = async (text: string) =>
  (await facts(text, "funds")).map((f) => `${pairOrText(f)} ${f.amount ?? ""}`.trim()).sort();

describe("money opening a clause", () => {
  it("is what the subject after the verb gives", async () => {
    expect(
      await funding(
        "Insgesamt 1,2 Millionen Euro stellt das Land Brandenburg für das Projekt „Smart City Cottbus“ bereit.",
      ),
    ).toEqual(["Brandenburg -> Smart City Cottbus 1200000"]);
    expect(
      await funding(
        "Rund 5 Millionen Euro stellt der Bund für das Projekt „Smart City Cottbus“ zur Verfügung.",
      ),
    ).toEqual(["Bund -> Smart City Cottbus 5000000"]);
  });

  it("is still the subject of a verb with no object", async () => {
    expect(await funding("2 Millionen Euro fließen in das Projekt „Smart City Cottbus“.")).toEqual([]);
  });
});

describe("money in millions abbreviated", () => {
  it("is given as it is written out", async () => {
    expect(
      await funding(
        "Mit dem Förderprogramm „Smart Cities Made in Germany“ stellt die Bundesregierung 750 Mio. Euro bereit.",
      ),
    ).toEqual(["Bund -> Smart Cities Made in Germany 750000000"]);
    expect(await funding("Der Bund stellt für den Digitalpakt Schule 5 Mrd. Euro zur Verfügung.")).toEqual([
      "Bund -> DigitalPakt Schule 5000000000",
    ]);
  });
});
