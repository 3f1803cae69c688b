/**
 * Bodies set up ("eingerichtet", "berufen") as launches facts (parses recorded in
 * tests/fixtures/parses/launch-bodies.json; GOVGRAPH_RECORD_PARSES=1 re-records).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { extractArticles } from "../../../src/ingest/extract.js";
import { loadReferenceData } from "../../../src/ingest/reference.js";
import type { ReferenceData } from "../../../src/ingest/types.js";
import { recordedNlp } from "../../helpers/recorded-nlp.js";

const nlp = recordedNlp("launch-bodies");
let reference: ReferenceData;
beforeAll(() => {
  reference = loadReferenceData();
}, 60_000);

/** The launches facts of an article, as "subject -> object". */
async function launches(text: string): Promise<string[]> {
  const line = JSON.stringify({ title: "Meldung", publishedAt: "2024-03-01", text });
  const articles = await extractArticles(line, { reference, nlp, format: "jsonl" });
  return articles
    .flatMap((a) => a.facts)
    .filter((f) => f.type === "launches")
    .map((f) => `${f.subject.name} -> ${f.object?.name ?? f.text ?? ""}`)
    .sort();
}

describe("launches a body", () => {
  it("a body set up by Bund and Länder is launched by each", async () => {
    expect(
      await launches(
        "So haben Bund und Länder für die Registermodernisierung eine Steuerungsgruppe eingerichtet.",
      ),
    ).toEqual(["Bund -> Steuerungsgruppe", "Länder -> Steuerungsgruppe"]);
  });

  it("the agent of an attributive 'berufen' launches the body", async () => {
    expect(
      await launches("Der Landkreistag begrüßt den von der Bundesregierung berufenen Zukunftsrat."),
    ).toEqual(["Bund -> Zukunftsrat"]);
  });

  it("a person appointed to a body launches nothing", async () => {
    expect(await launches("Die Bundesregierung hat Anna Probst in den Zukunftsrat berufen.")).toEqual([]);
  });
});
