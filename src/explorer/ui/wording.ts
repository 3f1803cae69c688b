/**
 * The words the API sends in English, said in the interface's language: fact summaries
 * (written by the importer as "X leads Y (2025)"), organisation and project kinds, and quotes
 * in the language's own quotation marks.
 */
import { FACT_DEFINITIONS } from "../../model/fact-types/index.js";
import type { Lang } from "./i18n.js";

/** The registry's English summary patterns (src/model/fact-types/) and their German wording. */
const summaryPatterns: [RegExp, string][] = FACT_DEFINITIONS.map(({ labels }) => [
  labels.deSummary.pattern,
  labels.deSummary.replacement,
]);

const phrases: [RegExp, string][] = [
  [/\(from (\d{4}-\d{2}-\d{2})\)/g, "(ab $1)"],
  [/\((\S+) to (\S+)\)/g, "($1 bis $2)"],
  [/ \(proposed by (.+?)\)/g, " (vorgeschlagen von $1)"],
  [/ with ([\d.,]+) billion EUR/g, " mit $1 Mrd. Euro"],
  [/ with ([\d.,]+) million EUR/g, " mit $1 Mio. Euro"],
  [/ with ([\d.,]+) EUR/g, " mit $1 Euro"],
  [/\ba resolution\b/g, "einen Beschluss"],
  [/\ba plan\b/g, "ein Vorhaben"],
  [/ as (\S+)/g, " als $1"],
  [/\busers\b/g, "Nutzer"],
];

export function localizeSummary(lang: Lang, summary: string): string {
  if (lang === "en") return summary;
  const pattern = summaryPatterns.find(([match]) => match.test(summary));
  let text = pattern ? summary.replace(pattern[0], pattern[1]) : summary;
  for (const [match, replacement] of phrases) text = text.replace(match, replacement);
  return text;
}

const kinds: Record<string, [string, string]> = {
  agency: ["Behörde / Agentur", "agency"],
  association: ["Verband", "association"],
  authority: ["Behörde", "authority"],
  body: ["Gremium", "body"],
  initiative: ["Initiative", "initiative"],
  law: ["Gesetz", "law"],
  ministry: ["Ministerium", "ministry"],
  "ozg-service": ["OZG-Leistung", "OZG service"],
  platform: ["Plattform", "platform"],
  programme: ["Programm", "programme"],
  strategy: ["Strategie", "strategy"],
  company: ["Unternehmen", "company"],
  "it-provider": ["IT-Dienstleister", "IT service provider"],
  county: ["Kreis", "county"],
  "urban-county": ["Stadtkreis", "urban county"],
};

export function kindLabel(lang: Lang, kind: string): string {
  const pair = kinds[kind];
  return pair ? pair[lang === "de" ? 0 : 1] : kind.replace(/-/g, " ");
}

export function quoted(lang: Lang, text: string): string {
  return lang === "de" ? `„${text}“` : `“${text}”`;
}
