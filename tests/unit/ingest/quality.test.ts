import { describe, expect, it } from "vitest";
import { recordedNlp } from "../../helpers/recorded-nlp.js";
import { evaluateSplits } from "../../fixtures/extraction/evaluate.js";

describe("extraction quality on the labelled set", () => {
  it("meets precision >= 0.9 and recall >= 0.8 on the held-out items and the dev items", async () => {
    const reports = await evaluateSplits(recordedNlp("extraction-fixtures"));
    for (const report of reports) {
      expect(report.overall.precision, report.split).toBeGreaterThanOrEqual(0.9);
      expect(report.overall.recall, report.split).toBeGreaterThanOrEqual(0.8);
    }
  }, 60_000);
});
