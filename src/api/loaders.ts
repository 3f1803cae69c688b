/**
 * DataLoaders, created per request: the sources of every row of an answer are fetched together,
 * however many rows there are. Pages of the oldest sources (`sources(first:)`) and source counts
 * come from one query: the largest page asked for is read once per fact and each field gets its
 * prefix (sources are ordered oldest first), together with the counts. Every source of a fact
 * (`sources` without `first`) is a query of its own, grouped by article.
 */
import DataLoader from "dataloader";
import { sourcePagesOfFacts, sourcesOfFacts } from "./queries/sources.js";
import type { Reader } from "./queries/reader.js";
import type { Source } from "./queries/types.js";

export interface Loaders {
  /** The sources of facts; with `first`, the oldest `first` of each. */
  sources(first?: number | null): { load(factId: string): Promise<Source[]> };
  sourceCounts: { load(factId: string): Promise<number> };
}

const BATCH = { maxBatchSize: 500 };

/** What a field asks of a fact: every source, a page of the oldest, or the count. */
type Want = { kind: "all" } | { kind: "page"; first: number } | { kind: "count" };
type Answer = Source[] | number;

const keyOf = (want: Want, factId: string): string =>
  `${want.kind === "page" ? want.first : want.kind}|${factId}`;

function wantOf(key: string): { want: Want; factId: string } {
  const bar = key.indexOf("|");
  const [kind, factId] = [key.slice(0, bar), key.slice(bar + 1)];
  if (kind === "all" || kind === "count") return { want: { kind }, factId };
  return { want: { kind: "page", first: Number(kind) }, factId };
}

const distinct = (ids: string[]): string[] => [...new Set(ids)];

/** Answers one batch of keys with at most two queries: every source, and pages with counts. */
async function answerBatch(read: Reader, keys: readonly string[]): Promise<Answer[]> {
  const wants = keys.map(wantOf);
  const allIds = distinct(wants.filter(({ want }) => want.kind === "all").map(({ factId }) => factId));
  const pagedIds = distinct(wants.filter(({ want }) => want.kind !== "all").map(({ factId }) => factId));
  const largestPage = Math.max(0, ...wants.map(({ want }) => (want.kind === "page" ? want.first : 0)));
  const [all, pages] = await Promise.all([
    allIds.length > 0 ? sourcesOfFacts(read, allIds) : [],
    pagedIds.length > 0 ? sourcePagesOfFacts(read, pagedIds, largestPage) : [],
  ]);
  const allOf = new Map(allIds.map((id, i) => [id, all[i]!]));
  const pageOf = new Map(pagedIds.map((id, i) => [id, pages[i]!]));
  return wants.map(({ want, factId }) => {
    if (want.kind === "all") return allOf.get(factId)!;
    const page = pageOf.get(factId)!;
    return want.kind === "count" ? page.count : page.sources.slice(0, want.first);
  });
}

export function createLoaders(read: Reader): Loaders {
  const loader = new DataLoader<string, Answer>((keys) => answerBatch(read, keys), BATCH);
  return {
    sources: (first = null) => ({
      load: (factId) =>
        loader.load(keyOf(first === null ? { kind: "all" } : { kind: "page", first }, factId)) as Promise<
          Source[]
        >,
    }),
    sourceCounts: { load: (factId) => loader.load(keyOf({ kind: "count" }, factId)) as Promise<number> },
  };
}
