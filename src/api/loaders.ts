/**
 * DataLoaders, created per request: the sources of every row of an answer are fetched in one
 * query, however many rows there are.
 */
import DataLoader from "dataloader";
import { sourcesOfFacts } from "./queries/sources.js";
import type { Reader } from "./queries/reader.js";
import type { Source } from "./queries/types.js";

export interface Loaders {
  sources: DataLoader<string, Source[]>;
}

export function createLoaders(read: Reader): Loaders {
  return {
    sources: new DataLoader((factIds: readonly string[]) => sourcesOfFacts(read, factIds), {
      maxBatchSize: 500,
    }),
  };
}
