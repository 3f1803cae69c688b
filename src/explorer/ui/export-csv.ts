/** The facts of the current view as CSV (RFC 4180), one row per fact and source. */
import type { FactSource } from "../data/fact-sources.js";
import type { Edge } from "../data/edge.js";

const cell = (value: string | number | null | undefined): string => {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const csvHeader = [
  "fact",
  "type",
  "subject",
  "object",
  "year",
  "summary",
  "source_title",
  "source_url",
  "published",
  "quote",
];

export function factsCsv(
  edges: Edge[],
  name: (id: string) => string,
  sources: Map<string, FactSource[]>,
): string {
  const rows = [csvHeader];
  for (const edge of edges) {
    if (!edge.fact) continue;
    const base = [
      edge.fact,
      edge.type,
      name(edge.source),
      name(edge.target),
      String(edge.year ?? ""),
      edge.summary ?? "",
    ];
    const cited = sources.get(edge.fact) ?? [];
    if (cited.length === 0) rows.push([...base, "", "", "", ""]);
    for (const source of cited)
      rows.push([...base, source.title, source.url ?? "", source.publishedAt, source.quote]);
  }
  return `${rows.map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}
