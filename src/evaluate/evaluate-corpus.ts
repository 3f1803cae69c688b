/**
 * Scores an extractor on one part of the real-news corpus. Each item goes in as the documented
 * JSON line {url, title, publishedAt, text}; predicted facts are matched to gold facts one to
 * one (match-facts.ts); dates are judged on matched pairs; entity errors are counted apart.
 */
import type { ArticleFacts, Fact } from "../model/fact.js";
import { FACT_TYPES, type FactType } from "../model/vocabulary.js";
import { loadReferenceData } from "../seed/index.js";
import type { ReferenceData } from "../ingest/index.js";
import {
  distinctClaims,
  FRESH_CORPUS_FILE,
  itemsOfPart,
  readCorpus,
  readSplit,
  type CorpusItem,
  type CorpusPart,
  type CorpusSplit,
  type GoldFact,
} from "./corpus.js";
import { findEntityErrors } from "./entity-errors.js";
import { matchFacts } from "./match-facts.js";
import { NameResolver } from "./name-resolver.js";
import { hasUnsupportedDate } from "./score-dates.js";

/** The fact types researchers ask most, with their own targets. */
export const KEY_TYPES: readonly FactType[] = ["holdsOffice", "chairs", "succeeds", "memberOf"];

/** One corpus item as an extractor receives it: the fields of a JSON line. */
export interface ExtractInput {
  url: string;
  title?: string;
  publishedAt?: string;
  text: string;
}
export type Extract = (item: ExtractInput) => Promise<ArticleFacts[]>;

export interface Score {
  matched: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface DateScore {
  right: number;
  wrong: number;
  missing: number;
  /** right / (right + wrong + missing): matched pairs whose gold fact gives a time. */
  accuracy: number;
  /** Matched pairs where the prediction gives a time that gold does not. */
  unsupported: number;
}

export interface ArticleResult {
  id: string;
  error?: string;
  missed: string[];
  wrong: string[];
  fused: string[];
  duplicated: string[];
  /** Matched pairs whose time is wrong or missing: gold's time against the prediction's. */
  misdated: string[];
}

export interface CorpusReport {
  part: CorpusPart;
  articles: number;
  /** Items the extractor refused (threw) or returned no article for. */
  refused: number;
  overall: Score;
  /** holdsOffice, chairs, succeeds and memberOf together: what researchers ask most. */
  keyTypes: Score;
  byType: Record<FactType, Score>;
  dates: DateScore;
  fusedEntities: number;
  duplicatedEntities: number;
  details: ArticleResult[];
}

export interface EvaluateOptions {
  part: CorpusPart;
  /** The items to draw the part from: the split corpus for dev and test, the fresh set for fresh. */
  corpus?: CorpusItem[];
  split?: CorpusSplit;
  reference?: ReferenceData;
  resolver?: NameResolver;
}

export function toExtractInput(item: CorpusItem): ExtractInput {
  const input: ExtractInput = { url: item.url, text: item.text };
  if (item.title) input.title = item.title;
  if (item.publishedAt) input.publishedAt = item.publishedAt;
  return input;
}

function score(matched: number, predicted: number, gold: number): Score {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matched / predicted;
  const recall = gold === 0 ? 1 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { matched, predicted, gold, precision, recall, f1 };
}

const describeGold = (g: { type: string; subject: string; object?: string }) =>
  `${g.type} ${g.subject} -> ${g.object ?? "-"}`;
const describeFact = (f: Fact) => `${f.type} ${f.subject.name} -> ${f.object?.name ?? f.text ?? "-"}`;

const goldTime = (g: GoldFact) =>
  [g.date ?? g.year, g.from && `from ${g.from}`, g.to && `to ${g.to}`].filter(Boolean).join(" ");
const factTime = (f: Fact) =>
  [f.date ?? f.year, f.from && `from ${f.from}`, f.to && `to ${f.to}`, f.precision].filter(Boolean).join(" ");
const describeMisdated = (g: GoldFact, f: Fact) =>
  `${describeFact(f)}: gold ${goldTime(g)}, predicted ${factTime(f) || "no time"}`;

export async function evaluateCorpus(extract: Extract, options: EvaluateOptions): Promise<CorpusReport> {
  const items =
    options.part === "fresh"
      ? (options.corpus ?? readCorpus(FRESH_CORPUS_FILE))
      : itemsOfPart(options.corpus ?? readCorpus(), options.split ?? readSplit(), options.part);
  const resolver = options.resolver ?? NameResolver.fromReference(options.reference ?? loadReferenceData());
  const counts = Object.fromEntries(
    FACT_TYPES.map((t) => [t, { matched: 0, predicted: 0, gold: 0 }]),
  ) as Record<FactType, { matched: number; predicted: number; gold: number }>;
  const dates = { right: 0, wrong: 0, missing: 0, unsupported: 0 };
  const details: ArticleResult[] = [];
  let refused = 0;
  for (const item of items) {
    const result: ArticleResult = {
      id: item.id,
      missed: [],
      wrong: [],
      fused: [],
      duplicated: [],
      misdated: [],
    };
    let predicted: Fact[] = [];
    try {
      const articles = await extract(toExtractInput(item));
      if (articles.length === 0) refused += 1;
      predicted = articles.flatMap((article) => article.facts);
    } catch (error) {
      refused += 1;
      result.error = error instanceof Error ? error.message : String(error);
    }
    const gold = distinctClaims(item.facts);
    const pairs = matchFacts(gold, predicted, resolver);
    for (const fact of gold) counts[fact.type].gold += 1;
    for (const fact of predicted) counts[fact.type].predicted += 1;
    for (const pair of pairs) {
      counts[gold[pair.gold]!.type].matched += 1;
      const [goldFact, fact] = [gold[pair.gold]!, predicted[pair.predicted]!];
      if (pair.dates === "none") {
        if (hasUnsupportedDate(goldFact, fact)) dates.unsupported += 1;
      } else {
        dates[pair.dates] += 1;
        if (pair.dates !== "right") result.misdated.push(describeMisdated(goldFact, fact));
      }
    }
    const goldHit = new Set(pairs.map((p) => p.gold));
    const predictedHit = new Set(pairs.map((p) => p.predicted));
    result.missed = gold.filter((_, i) => !goldHit.has(i)).map(describeGold);
    result.wrong = predicted.filter((_, i) => !predictedHit.has(i)).map(describeFact);
    Object.assign(result, findEntityErrors(gold, predicted, resolver));
    details.push(result);
  }
  const byType = Object.fromEntries(
    FACT_TYPES.map((t) => [t, score(counts[t].matched, counts[t].predicted, counts[t].gold)]),
  ) as Record<FactType, Score>;
  const total = (key: "matched" | "predicted" | "gold", types: readonly FactType[] = FACT_TYPES) =>
    types.reduce((sum, t) => sum + counts[t][key], 0);
  const dated = dates.right + dates.wrong + dates.missing;
  return {
    part: options.part,
    articles: items.length,
    refused,
    overall: score(total("matched"), total("predicted"), total("gold")),
    keyTypes: score(total("matched", KEY_TYPES), total("predicted", KEY_TYPES), total("gold", KEY_TYPES)),
    byType,
    dates: { ...dates, accuracy: dated === 0 ? 1 : dates.right / dated },
    fusedEntities: details.reduce((sum, d) => sum + d.fused.length, 0),
    duplicatedEntities: details.reduce((sum, d) => sum + d.duplicated.length, 0),
    details,
  };
}
