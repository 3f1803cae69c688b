/**
 * DataLoaders, created per request: the sources of every row of an answer are fetched in one
 * query, however many rows there are (one loader per page size asked for), and so are their counts.
 */
import DataLoader from "dataloader";
import { sourceCountsOfFacts, sourcesOfFacts } from "./queries/sources.js";
import type { Reader } from "./queries/reader.js";
import type { Source } from "./queries/types.js";

export interface Loaders {
  /** The sources of facts; with `first`, the oldest `first` of each. */
  sources(first?: number | null): DataLoader<string, Source[]>;
  sourceCounts: DataLoader<string, number>;
}

const BATCH = { maxBatchSize: 500 };

export function createLoaders(read: Reader): Loaders {
  const byPage = new Map<number | null, DataLoader<string, Source[]>>();
  return {
    sources(first = null) {
      let loader = byPage.get(first);
      if (!loader) {
        loader = new DataLoader((factIds: readonly string[]) => sourcesOfFacts(read, factIds, first), BATCH);
        byPage.set(first, loader);
      }
      return loader;
    },
    sourceCounts: new DataLoader((factIds: readonly string[]) => sourceCountsOfFacts(read, factIds), BATCH),
  };
}
