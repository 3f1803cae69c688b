/**
 * Does confidence mean something? Scores the predictions of each confidence bucket on their own
 * (each bucket matched to the gold facts one to one, as the whole is), and the facts written
 * without review (confidence at or above the review threshold).
 */
import type { ArticleFacts } from "../model/fact.js";
import type { CorpusPart } from "./corpus.js";
import { evaluateCorpus, type EvaluateOptions, type Extract, type Score } from "./evaluate-corpus.js";

export const CONFIDENCE_BUCKETS: readonly [number, number][] = [
  [0, 0.5],
  [0.5, 0.6],
  [0.6, 0.7],
  [0.7, 0.8],
  [0.8, 0.9],
  [0.9, 1.01],
];

export interface ConfidenceReport {
  part: CorpusPart;
  threshold: number;
  /** The facts written without review. */
  unreviewed: Score;
  buckets: { from: number; to: number; predicted: number; matched: number; precision: number }[];
}

/** An extractor that keeps only the facts whose confidence is in [from, to). */
function keeping(extract: Extract, from: number, to: number): Extract {
  return async (item) =>
    (await extract(item)).map((entry): ArticleFacts => ({
      ...entry,
      facts: entry.facts.filter((fact) => fact.confidence >= from && fact.confidence < to),
    }));
}

export async function evaluateConfidence(
  extract: Extract,
  threshold: number,
  options: EvaluateOptions,
): Promise<ConfidenceReport> {
  const unreviewed = (await evaluateCorpus(keeping(extract, threshold, 2), options)).overall;
  const buckets: ConfidenceReport["buckets"] = [];
  for (const [from, to] of CONFIDENCE_BUCKETS) {
    const { overall } = await evaluateCorpus(keeping(extract, from, to), options);
    buckets.push({
      from,
      to: Math.min(to, 1),
      predicted: overall.predicted,
      matched: overall.matched,
      precision: overall.precision,
    });
  }
  return { part: options.part, threshold, unreviewed, buckets };
}

export function formatConfidence(reports: ConfidenceReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    const { unreviewed } = report;
    lines.push(
      `\n${report.part} part, written without review (confidence >= ${report.threshold}): ` +
        `precision ${unreviewed.precision.toFixed(2)}, recall ${unreviewed.recall.toFixed(2)} ` +
        `(${unreviewed.matched} of ${unreviewed.predicted} right)`,
      "confidence   predicted matched precision",
    );
    for (const bucket of report.buckets) {
      const range = `${bucket.from.toFixed(1)}-${bucket.to.toFixed(1)}`.padEnd(12);
      const precision = bucket.predicted ? bucket.precision.toFixed(2) : "-";
      lines.push(
        `${range} ${String(bucket.predicted).padStart(9)} ${String(bucket.matched).padStart(7)} ${precision.padStart(9)}`,
      );
    }
  }
  return lines.join("\n");
}
