/**
 * Generated news articles, each citing ~5 generated facts with a quote that is part of its
 * text: municipal service news (most), personnel news per Land, and chair news per year.
 */
import { sha256 } from "../model/ids.js";
import { epochDay, isoDay, LAST_YEAR } from "./calendar.js";
import { availabilityOf, type AvailabilityRow } from "./availability.js";
import { chairSpan, type ChairRow } from "./bodies.js";
import type { TenureRow } from "./offices.js";
import type { OzgService } from "./ozg-catalogue.js";
import { randomStream, type Random } from "./random.js";
import type { Scope } from "./scope.js";

export interface ArticleRow {
  id: string;
  url: string;
  title: string;
  publishedAt: string;
  outlet: string;
  contentHash: string;
  text: string;
}

/**
 * What an article claims about a fact it cites, stored on its SOURCED_FROM as the article writer
 * stores an extracted claim (docs/decisions.md §15). A generated claim always agrees with the
 * fact, so no generated fact is disputed.
 */
export interface CitationClaim {
  year: number;
  precision: "day" | "year";
  date: string | null;
  from: string | null;
  to: string | null;
  role: string | null;
}

export interface CitationRow {
  fact: string;
  article: string;
  quote: string;
  claim: CitationClaim;
}

export interface ArticleSources {
  seed: number;
  scope: Scope;
  services: readonly OzgService[];
  weights: readonly number[];
  tenures: readonly TenureRow[];
  chairs: readonly ChairRow[];
}

const OUTLETS = ["Verwaltung Digital (generiert)", "Kommune21 Testdaten", "eGov-Ticker (generiert)"] as const;
const LAST_DAY = epochDay(`${LAST_YEAR}-12-31`);

function germanDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

interface Cited {
  id: string;
  /** The day the article's date is drawn after. */
  date: string;
  quote: string;
  claim: CitationClaim;
}

const NO_CLAIM = { date: null, from: null, to: null, role: null } as const;

function availabilityQuote(row: AvailabilityRow): string {
  return `Seit dem ${germanDate(row.since)} gilt: ${row.summary}.`;
}

export function* generateArticles(
  sources: ArticleSources,
  count: number,
): Generator<{ article: ArticleRow; citations: CitationRow[] }> {
  const tenuresByState = groupBy(sources.tenures, (t) => t.stateId);
  const chairsByYear = groupBy(sources.chairs, (c) => String(c.year));
  const stateName = new Map(sources.scope.states.map((s) => [s.id, s.name]));
  for (let number = 1; number <= count; number++) {
    const random = randomStream(sources.seed, "article", number);
    const draw = random.float();
    let title: string;
    let cited: Cited[];
    if (draw < 0.7) {
      const municipality = random.pick(sources.scope.municipalities);
      const rows = availabilityOf(sources.seed, municipality, sources.services, sources.weights);
      cited = random.sample(rows, random.int(3, 7)).map((row) => ({
        id: row.id,
        date: row.since,
        quote: availabilityQuote(row),
        claim: { ...NO_CLAIM, year: row.year, precision: "day" as const, date: row.since },
      }));
      title = `${municipality.name}: Neues zu ${cited.length} Online-Diensten`;
    } else if (draw < 0.85) {
      const stateId = random.pick([...tenuresByState.keys()]);
      cited = random.sample(tenuresByState.get(stateId)!, random.int(3, 7)).map((t) => ({
        id: t.id,
        date: t.from,
        quote: `Zum ${germanDate(t.from)}: ${t.summary}.`,
        claim: { ...NO_CLAIM, year: t.year, precision: "day" as const, from: t.from, to: t.to, role: t.role },
      }));
      title = `Personalien aus ${stateName.get(stateId) ?? stateId}`;
    } else {
      const year = random.pick([...chairsByYear.keys()]);
      cited = random.sample(chairsByYear.get(year)!, random.int(3, 7)).map((c) => ({
        id: c.id,
        date: `${c.year}-01-01`,
        quote: `Im Jahr ${c.year}: ${c.summary}.`,
        claim: { ...NO_CLAIM, year: c.year, precision: "year" as const, ...chairSpan(c.year) },
      }));
      title = `Vorsitze ${year}: wer welche Arbeitsgruppe leitet`;
    }
    yield buildArticle(number, title, cited, random);
  }
}

function buildArticle(
  number: number,
  title: string,
  cited: Cited[],
  random: Random,
): { article: ArticleRow; citations: CitationRow[] } {
  const id = `gen-article-${String(number).padStart(6, "0")}`;
  const latest = Math.max(...cited.map((c) => epochDay(c.date)));
  const publishedAt = isoDay(Math.min(LAST_DAY, latest + random.int(0, 20)));
  const text = cited.map((c) => c.quote).join(" ");
  return {
    article: {
      id,
      url: `https://generated.govgraph.invalid/articles/${id}`,
      title,
      publishedAt,
      outlet: random.pick(OUTLETS),
      contentHash: sha256(text),
      text,
    },
    citations: cited.map((c) => ({ fact: c.id, article: id, quote: c.quote, claim: c.claim })),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
