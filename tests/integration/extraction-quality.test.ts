/**
 * The importer on real German eGovernment news it was never tuned on, through the real CoreNLP
 * server: the test part of ../shared/corpus and the fresh set in tests/fixtures/corpus
 * (src/evaluate/README.md). The floors sit just under the figures measured when they were set
 * (docs/decisions.md §17), so a change that makes extraction worse on unseen news fails here;
 * `npm run eval:extract` prints the full tables.
 */
import { describe, expect, inject, it } from "vitest";
import { type CorpusPart, evaluateCorpus } from "../../src/evaluate/index.js";
import { extractArticles } from "../../src/ingest/index.js";
import { createNlpClient } from "../../src/nlp/index.js";
import { loadReferenceData } from "../../src/seed/index.js";

interface Floors {
  overall: { precision: number; recall: number };
  keyTypes: { precision: number; recall: number };
}

const FLOORS: Record<Exclude<CorpusPart, "dev">, Floors> = {
  test: { overall: { precision: 0.71, recall: 0.28 }, keyTypes: { precision: 0.75, recall: 0.54 } },
  fresh: { overall: { precision: 0.82, recall: 0.34 }, keyTypes: { precision: 0.86, recall: 0.55 } },
};

describe.each(["test", "fresh"] as const)(
  "extraction on the %s part, real news it was never tuned on",
  (part) => {
    it("keeps precision and recall above their floors, and never fuses two people into one", async () => {
      const reference = loadReferenceData();
      const nlp = createNlpClient(inject("nlpEndpoint"));
      const report = await evaluateCorpus(
        (item) => extractArticles(JSON.stringify(item), { reference, nlp, format: "jsonl" }),
        { part },
      );
      console.log(
        `${part} part: P ${report.overall.precision.toFixed(2)} R ${report.overall.recall.toFixed(2)}; ` +
          `key four P ${report.keyTypes.precision.toFixed(2)} R ${report.keyTypes.recall.toFixed(2)}`,
      );
      const floors = FLOORS[part];
      expect(report.refused).toBe(0);
      expect(report.overall.precision).toBeGreaterThanOrEqual(floors.overall.precision);
      expect(report.overall.recall).toBeGreaterThanOrEqual(floors.overall.recall);
      expect(report.keyTypes.precision).toBeGreaterThanOrEqual(floors.keyTypes.precision);
      expect(report.keyTypes.recall).toBeGreaterThanOrEqual(floors.keyTypes.recall);
      expect(report.fusedEntities).toBe(0);
    }, 300_000);
  },
);
