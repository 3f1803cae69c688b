/**
 * funds around receiving: the word-order fallback names no funder where the sentence says who
 * receives, and "erhält ... vom Land" makes the giver the funder (parses recorded in
 * tests/fixtures/parses/funding-words.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractArticles } from "../../../src/ingest/extract.js";
import { loadReferenceData } from "../../../src/seed/reference-data.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("funding-words");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

async function funders(text: string): Promise<string[]> {
  const [article] = await extractArticles(text, {
    reference,
    nlp,
    format: "text",
    publishedAt: "2024-01-10",
  });
  return article!.facts.filter((f) => f.type === "funds").map((f) => f.subject.name);
}

describe("funds by word order", () => {
  it("names no funder in a sentence about who receives the money", async () => {
    expect(
      await funders(
        "Gemeinden im Freistaat Bayern können für das Onlinezugangsgesetz bis zu 20.000 Euro Förderung erhalten.",
      ),
    ).toEqual([]);
  });

  it("still names the actor of a funding sentence", async () => {
    expect(
      await funders("Das Land Hessen investiert 500 Millionen Euro in das Onlinezugangsgesetz."),
    ).toEqual(["Hessen"]);
  });
});

describe("funds of a receiving verb", () => {
  it("makes the giver of money the funder of the one who receives it, for review", async () => {
    const [article] = await extractArticles(
      "Die Stadt Aachen erhält vom Land Nordrhein-Westfalen Fördermittel in Höhe von 2 Millionen Euro.",
      { reference, nlp, format: "text", publishedAt: "2024-01-10" },
    );
    const funds = article!.facts.filter((f) => f.type === "funds");
    expect(funds.map((f) => `${f.subject.name} -> ${f.object?.name ?? ""} ${f.amount ?? ""}`)).toEqual([
      "Nordrhein-Westfalen -> Aachen 2000000",
    ]);
    expect(funds[0]!.confidence).toBeLessThan(0.8);
  });

  it("gives an amount without a project to the project named before, never to a law", async () => {
    expect(
      await funders(
        "Der Freistaat Bayern leistet einen Beitrag zur Umsetzung des Onlinezugangsgesetzes. Im Landkreis Bamberg fließen insgesamt rund 40.000 Euro an Fördermitteln.",
      ),
    ).toEqual([]);
  });

  it("reads no funding from money not received", async () => {
    expect(await funders("Die Stadt Kassel erhält vom Land Hessen keine Fördermittel.")).toEqual([]);
  });
});
