/** Renders GraphStats as the plain text `govgraph stats` prints (Markdown-friendly). */
import type { GraphStats } from "./collect-stats.js";

function table(title: string, counts: Record<string, number>, header: [string, string]): string[] {
  const entries = Object.entries(counts);
  if (entries.length === 0) return [`${title}: none`, ""];
  return [
    title,
    "",
    `| ${header[0]} | ${header[1]} |`,
    "|---|---:|",
    ...entries.map(([key, count]) => `| ${key} | ${count.toLocaleString("en")} |`),
    "",
  ];
}

function years(list: number[]): string {
  return list.length === 0 ? "none" : list.join(", ");
}

export function formatStats(stats: GraphStats): string {
  const lines = [
    ...table("Entities", stats.entities, ["type", "count"]),
    ...table(`Facts (${stats.factsTotal.toLocaleString("en")} in all)`, stats.facts, ["type", "count"]),
    ...table("Facts per year (the year a fact holds for)", stats.factsPerYear, ["year", "facts"]),
    ...table(
      "Facts per Land (a Land, or a county or municipality in it, takes part; DE is the Bund)",
      stats.factsPerState,
      ["Land", "facts"],
    ),
    "Sources",
    "",
    `- articles: ${stats.articles.total} (${stats.articles.undated} undated pages, ${stats.articles.withoutUrl} without a URL)`,
    `- facts without a URL among their sources: ${stats.factsWithoutUrl}`,
    "",
    "Chairs per year",
    "",
    ...stats.chairs.map(
      (chair) => `- ${chair.name ?? chair.body}: ${years(chair.years)}; missing: ${years(chair.missing)}`,
    ),
    "",
    `People without an office (${stats.peopleWithoutOffice.length})`,
    "",
    stats.peopleWithoutOffice.length === 0
      ? "- none"
      : stats.peopleWithoutOffice.map((person) => `- ${person.name} (\`${person.id}\`)`).join("\n"),
  ];
  return lines.join("\n");
}
