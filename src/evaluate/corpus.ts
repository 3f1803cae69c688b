/**
 * The real-news corpus (../shared/corpus/news.json, © its publishers, read at run time and never
 * copied into the repository) and its committed split into a dev and a test part
 * (tests/fixtures/corpus/split.json, ids only); and the fresh set
 * (tests/fixtures/corpus/fresh.json), independent news scored as a part of its own.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { projectRoot } from "../config/env.js";
import { FACT_TYPES } from "../model/vocabulary.js";

const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "YYYY, YYYY-MM or YYYY-MM-DD");

export const goldFactSchema = z.object({
  type: z.enum(FACT_TYPES),
  subject: z.string().min(1),
  object: z.string().min(1).optional(),
  role: z.string().optional(),
  date: partialDate.optional(),
  from: partialDate.optional(),
  to: partialDate.optional(),
  year: z.number().int().optional(),
  amount: z.number().optional(),
  count: z.union([z.number(), z.string()]).optional(),
  quote: z.string().optional(),
});
export type GoldFact = z.infer<typeof goldFactSchema>;

export const corpusItemSchema = z.object({
  id: z.string().regex(/^[pbjf]\d+$/),
  url: z.string().min(1),
  title: z.string().min(1).nullish(),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullish(),
  outlet: z.string().optional(),
  text: z.string().min(1),
  facts: z.array(goldFactSchema),
});
export type CorpusItem = z.infer<typeof corpusItemSchema>;

export const splitSchema = z.object({
  seed: z.number().int(),
  rule: z.string(),
  /**
   * Items whose gold facts were read while rules were tuned, before they were scored: they can
   * only be dev items, whichever part the seeded rule put them in.
   */
  readWhileTuning: z.array(z.string()).default([]),
  dev: z.array(z.string()),
  test: z.array(z.string()),
});
export type CorpusSplit = z.infer<typeof splitSchema>;
/** The parts of the split corpus. */
export type SplitPart = "dev" | "test";
/** What can be scored: a part of the split corpus, or the fresh set as a whole. */
export type CorpusPart = SplitPart | "fresh";
export const CORPUS_PARTS: readonly CorpusPart[] = ["dev", "test", "fresh"];

export const DEFAULT_CORPUS_FILE = path.resolve(
  process.env.GOVGRAPH_CORPUS ?? path.join(projectRoot, "..", "shared", "corpus", "news.json"),
);
export const SPLIT_FILE = path.join(projectRoot, "tests", "fixtures", "corpus", "split.json");
export const FRESH_CORPUS_FILE = path.join(projectRoot, "tests", "fixtures", "corpus", "fresh.json");

export function readCorpus(file = DEFAULT_CORPUS_FILE): CorpusItem[] {
  return z.array(corpusItemSchema).parse(JSON.parse(readFileSync(file, "utf8")));
}

export function readSplit(file = SPLIT_FILE): CorpusSplit {
  return splitSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

/** The items of one part, in the split's order; ids the corpus lacks are an error. */
export function itemsOfPart(corpus: CorpusItem[], split: CorpusSplit, part: SplitPart): CorpusItem[] {
  const byId = new Map(corpus.map((item) => [item.id, item]));
  return split[part].map((id) => {
    const item = byId.get(id);
    if (!item) throw new Error(`The corpus has no item "${id}" of the ${part} part.`);
    return item;
  });
}

/**
 * The claims of an item, each once: gold lists a fact per sentence that states it, so a claim
 * repeated in a later sentence with the same type, participants, role, dates and amount is one.
 */
export function distinctClaims(facts: GoldFact[]): GoldFact[] {
  const seen = new Set<string>();
  return facts.filter((fact) => {
    const { quote: _quote, ...claim } = fact;
    const key = JSON.stringify(Object.entries(claim).sort(([a], [b]) => a.localeCompare(b)));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether an item counts as dated, the second stratum of the split. */
export function isDated(item: Pick<CorpusItem, "publishedAt">): boolean {
  return typeof item.publishedAt === "string";
}
