/**
 * chairs handed over and chairs found by word order, on sentences written for these tests
 * (parses recorded in tests/fixtures/parses/chair-handover.json).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractArticles } from "../../../src/ingest/extract.js";
import { loadReferenceData } from "../../../src/ingest/reference.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("chair-handover");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

/** The chairs of an article as "holder -> body @year (review|graph)". */
async function chairs(text: string): Promise<string[]> {
  const [article] = await extractArticles(text, {
    reference,
    nlp,
    format: "text",
    publishedAt: "2024-01-10",
  });
  return article!.facts
    .filter((f) => f.type === "chairs")
    .map(
      (f) =>
        `${f.subject.name} -> ${f.object?.name ?? ""} @${f.year ?? "-"} (${f.confidence >= 0.8 ? "graph" : "review"})`,
    )
    .sort();
}

describe("chairs handed over", () => {
  it("makes the one who hands the chair over its holder, without the new chair's year", async () => {
    expect(
      await chairs(
        "Peter Hoffmann hat im Jahr 2024 den Vorsitz im IT-Planungsrat von Anna Schneider übernommen.",
      ),
    ).toEqual([
      "Anna Schneider -> IT-Planungsrat @- (review)",
      "Peter Hoffmann -> IT-Planungsrat @2024 (graph)",
    ]);
  });

  it("reads a government handing over the chair", async () => {
    expect(await chairs("Hessen übernimmt im Jahr 2024 den Vorsitz im IT-Planungsrat vom Bund.")).toEqual([
      "Bund -> IT-Planungsrat @- (review)",
      "Hessen -> IT-Planungsrat @2024 (graph)",
    ]);
  });
});
