/**
 * What the generated articles make of each fact they cite: the properties the article writer
 * derives from a fact's statements (`firstCited`, `lastCited`, `oldestSources`; see
 * src/graph/statements-cypher.ts), computed before the facts are written. The articles are
 * streamed from the seed once for this and once more to be written, so the facts can be created
 * with their final properties by transactions and by CSV alike.
 */
import { OLDEST_SOURCES_KEPT, sourceKey } from "../graph/index.js";
import type { ArticleRow, CitationRow } from "./articles.js";

export interface CitedBy {
  firstCited: string;
  lastCited: string;
  /** The oldest OLDEST_SOURCES_KEPT source keys, oldest first. */
  oldestSources: string[];
}

/** A fact nothing cites has none of the derived citation properties (they are left out). */
export type Citations = CitedBy | { firstCited: null; lastCited: null; oldestSources: null };

const UNCITED: Citations = { firstCited: null, lastCited: null, oldestSources: null };

/** Inserts `key` into the sorted list `keys`, keeping the OLDEST_SOURCES_KEPT smallest. */
function keepOldest(keys: string[], key: string): void {
  if (keys.length >= OLDEST_SOURCES_KEPT && key >= keys.at(-1)!) return;
  let at = keys.length;
  while (at > 0 && keys[at - 1]! > key) at--;
  if (keys[at - 1] === key) return;
  keys.splice(at, 0, key);
  if (keys.length > OLDEST_SOURCES_KEPT) keys.pop();
}

export function indexCitations(
  articles: Iterable<{ article: ArticleRow; citations: readonly CitationRow[] }>,
): Map<string, CitedBy> {
  const index = new Map<string, CitedBy>();
  for (const { article, citations } of articles) {
    const key = sourceKey(article.publishedAt, article.id);
    for (const { fact } of citations) {
      const cited = index.get(fact);
      if (!cited) {
        index.set(fact, {
          firstCited: article.publishedAt,
          lastCited: article.publishedAt,
          oldestSources: [key],
        });
        continue;
      }
      if (article.publishedAt < cited.firstCited) cited.firstCited = article.publishedAt;
      if (article.publishedAt > cited.lastCited) cited.lastCited = article.publishedAt;
      keepOldest(cited.oldestSources, key);
    }
  }
  return index;
}

/** A fact row with its citation properties, and `disputed: false` (generated claims agree). */
export function withCitations<T extends { id: string }>(
  index: ReadonlyMap<string, CitedBy>,
  row: T,
): T & Citations & { disputed: false } {
  return { ...row, ...(index.get(row.id) ?? UNCITED), disputed: false };
}
