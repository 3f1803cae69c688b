/**
 * The word-order fallback of funds names no funder where the sentence says who receives, nor a
 * town or a place (parses recorded in tests/fixtures/parses/funding-words.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractArticles } from "../../../src/ingest/extract.js";
import { loadReferenceData } from "../../../src/ingest/reference.js";
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
