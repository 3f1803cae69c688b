/** The corpus figures as the table `npm run eval:extract` prints; `verbose` lists the dev part's errors. */
import { FACT_TYPES } from "../model/vocabulary.js";
import type { CorpusReport, Score } from "./evaluate-corpus.js";

const fixed = (value: number) => value.toFixed(2);

function row(label: string, score: Score): string {
  return [
    label.padEnd(15),
    String(score.predicted).padStart(9),
    String(score.gold).padStart(5),
    String(score.matched).padStart(7),
    fixed(score.precision).padStart(9),
    fixed(score.recall).padStart(6),
    fixed(score.f1).padStart(5),
  ].join(" ");
}

export function formatReport(reports: CorpusReport[], verbose = false): string {
  const lines: string[] = [];
  for (const report of reports) {
    lines.push(
      `\n${report.part} part: ${report.articles} articles, ${report.refused} refused or empty`,
      "type            predicted  gold matched precision recall   F1",
    );
    for (const type of FACT_TYPES) {
      const score = report.byType[type];
      if (score.predicted > 0 || score.gold > 0) lines.push(row(type, score));
    }
    lines.push(row("key four", report.keyTypes), row("overall", report.overall));
    const d = report.dates;
    lines.push(
      `dates on matched pairs: ${d.right} right, ${d.wrong} wrong, ${d.missing} missing (accuracy ${fixed(d.accuracy)}); ${d.unsupported} dated where gold gives no date`,
      `entities: ${report.fusedEntities} fused people, ${report.duplicatedEntities} duplicated`,
    );
    // The test part and the fresh set are scored, never inspected: their errors would become
    // tuning material.
    if (!verbose || report.part !== "dev") continue;
    for (const article of report.details) {
      const notes = [
        ...(article.error ? [`  refused: ${article.error}`] : []),
        ...article.missed.map((m) => `  missed: ${m}`),
        ...article.wrong.map((w) => `  wrong:  ${w}`),
        ...article.fused.map((f) => `  fused:  ${f}`),
        ...article.duplicated.map((f) => `  duplicated: ${f}`),
        ...article.misdated.map((d) => `  misdated: ${d}`),
      ];
      if (notes.length) lines.push(`${article.id}`, ...notes);
    }
  }
  return lines.join("\n");
}
