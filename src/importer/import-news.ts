/**
 * `govgraph import` and the `importNews` mutation: extract, then write one transaction per article.
 * Extraction runs over the whole input before the first write, so bad input writes nothing.
 */
import type { Driver } from "neo4j-driver";
import { writeArticle, type WriteResult } from "../graph/index.js";
import { extractArticles, type InputFormat, type ReferenceData, REVIEW_THRESHOLD } from "../ingest/index.js";
import type { NlpClient } from "../nlp/index.js";

/** Article transactions in flight at once. */
export const WRITE_CONCURRENCY = 4;

export interface ImportOptions {
  reference: ReferenceData;
  /** The German language model the extraction parses each article with. */
  nlp: NlpClient;
  publishedAt?: string;
  url?: string;
  format?: InputFormat;
  /** Called after each article is written. */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportSummary {
  items: number;
  articlesCreated: number;
  articlesUpdated: number;
  articlesUnchanged: number;
  factsCreated: number;
  factsMerged: number;
  factsQueued: number;
  articles: (WriteResult & { title: string; publishedAt?: string })[];
}

export async function importNews(
  driver: Driver,
  database: string,
  input: string | Buffer,
  options: ImportOptions,
): Promise<ImportSummary> {
  const extracted = await extractArticles(input, {
    reference: options.reference,
    nlp: options.nlp,
    publishedAt: options.publishedAt,
    url: options.url,
    format: options.format,
  });
  // Articles are written concurrently, each in its own transaction: the time per article is
  // mostly waiting for Neo4j, and fact merges commute (firstCited/lastCited are min/max).
  const articles: ImportSummary["articles"] = new Array(extracted.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < extracted.length) {
      const index = next++;
      const entry = extracted[index]!;
      const result = await writeArticle(driver, database, entry, { reviewThreshold: REVIEW_THRESHOLD });
      // Extraction dates every item (or fails with MISSING_PUBLICATION_DATE).
      articles[index] = { ...result, title: entry.article.title, publishedAt: entry.article.publishedAt! };
      options.onProgress?.(++done, extracted.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITE_CONCURRENCY, extracted.length) }, worker));
  const count = (status: WriteResult["status"]): number => articles.filter((a) => a.status === status).length;
  const sum = (field: "factsCreated" | "factsMerged" | "queued"): number =>
    articles.reduce((total, article) => total + article[field], 0);
  return {
    items: extracted.length,
    articlesCreated: count("created"),
    articlesUpdated: count("updated"),
    articlesUnchanged: count("unchanged"),
    factsCreated: sum("factsCreated"),
    factsMerged: sum("factsMerged"),
    factsQueued: sum("queued"),
    articles,
  };
}
