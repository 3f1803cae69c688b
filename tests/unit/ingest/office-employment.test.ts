/**
 * Working for an organisation ("war bei der X, der Y und der Z tätig", "war für Capgemini tätig",
 * "wechselt als Geschäftsführer zur X") and taking over the lead of the organisation named before
 * ("übernahm kommissarisch die Leitung") or a ministry ("Das Ministerium für ... übernimmt X"),
 * for review; sentences written for these tests (parses in tests/fixtures/parses/office-employment.json).
 */
import { describe, expect, it } from "vitest";
import { destination, office, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("office-employment");

const offices = async (text: string) =>
  (await facts(text, "holdsOffice")).map((f) => `${office(f)} ${destination(f)}`);

describe("working for an organisation", () => {
  it("holds a position at each organisation of a list, named as the model tags it", async () => {
    expect(
      await offices(
        "Anna Keller war zuvor unter anderem bei der Computacenter AG & Co. oHG, der init AG und der DB Systel GmbH tätig.",
      ),
    ).toEqual([
      "Anna Keller -> Computacenter AG & Co. oHG (Tätigkeit) review",
      "Anna Keller -> init AG (Tätigkeit) review",
      "Anna Keller -> DB Systel GmbH (Tätigkeit) review",
    ]);
  });

  it("holds a position at a known organisation worked for", async () => {
    expect(await offices("Bis Juni 2019 war Peter Kern für Dataport tätig.")).toEqual([
      "Peter Kern -> Dataport (Tätigkeit) review",
    ]);
  });

  it("holds none where the sentence denies it", async () => {
    expect(await offices("Peter Kern war nie für Dataport tätig.")).toEqual([]);
  });

  it("holds the role at the organisation one moves to, not at the one the item named before", async () => {
    expect(
      await offices(
        "Die Stadt Köln verliert ihren CDO. Peter Lenz wechselt als Geschäftsführer zur Komm.ONE.",
      ),
    ).toEqual(["Peter Lenz -> Komm.ONE (Geschäftsführer) graph"]);
  });
});

describe("taking over the lead without naming what", () => {
  it("leads the organisation named before", async () => {
    expect(
      await offices(
        "Die FITKO sucht eine neue Spitze. In der Zwischenzeit übernahm Jörg Kremer kommissarisch die Leitung.",
      ),
    ).toEqual(["Jörg Kremer -> FITKO (Leitung) review"]);
  });
});

describe("taking over a ministry", () => {
  it("leads it, where the parser reads the future as a passive with two subjects too", async () => {
    const text =
      "Im Saarland stellte die Ministerpräsidentin ihr Kabinett vor. Das Ministerium für Wirtschaft, Innovation, Digitales und Energie wird Peter Kern übernehmen. Das Ministerium für Inneres, Bauen und Sport übernimmt Anna Keller.";
    const found = await offices(text);
    expect(found).toContain("Peter Kern -> Saarland (Leitung) review");
    expect(found).toContain("Anna Keller -> Saarland (Leitung) review");
  });

  it("leads nothing where what is taken over is no government unit", async () => {
    expect(await offices("Im Saarland übernimmt Anna Keller das Projekt civento.")).toEqual([]);
  });
});
