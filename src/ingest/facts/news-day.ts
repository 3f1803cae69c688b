/**
 * The day an item reports from: its publication day; on a page that shows no date (many real
 * pages show none), the first date to the day or month its lead names ("Am 11. November 2022 fand
 * die konstituierende Sitzung ... statt. Zum Vorsitzenden wurde ... gewählt"): the news is what
 * happened then. A new holder's start is read from it, and a chair's default year from its year,
 * or from the first year the lead names ("... Ulbrich: „2025 wird geprägt sein von Dialog ...“").
 */
import type { TimeExpression } from "../dates/find-times.js";
import type { AnalyzedItem } from "./analyze.js";

/** The sentences of the lead: the headline run into the text, and the first sentence after it. */
const LEAD_SENTENCES = 2;

export function newsDay(analyzed: AnalyzedItem): TimeExpression | undefined {
  const published = analyzed.item.publishedAt;
  if (published)
    return {
      index: -1,
      text: "",
      kind: "since",
      start: published,
      end: published,
      precision: "day",
      year: Number(published.slice(0, 4)),
    };
  const dated = leadTimes(analyzed).find((t) => t.precision === "day" || t.precision === "month");
  return dated ? { ...dated, index: -1, kind: "since", end: dated.start } : undefined;
}

/** The news day, else the first point in time the lead names (a year: "2025 wird geprägt sein ..."). */
export function newsTime(analyzed: AnalyzedItem): TimeExpression | undefined {
  return newsDay(analyzed) ?? leadTimes(analyzed)[0];
}

function leadTimes(analyzed: AnalyzedItem): TimeExpression[] {
  return analyzed.sentences
    .slice(0, LEAD_SENTENCES)
    .flatMap((s) => s.times)
    .filter((t) => t.kind === "point");
}
