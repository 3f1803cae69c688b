/**
 * The public surface of the news extraction: text, HTML or JSON lines in, one ArticleFacts per
 * news item out. Pure: reads nothing, writes nothing.
 */
import type { ArticleFacts } from "../model/fact.js";
import { articleId, sha256 } from "../model/ids.js";
import { buildGazetteer, type Gazetteer } from "./entities/gazetteer.js";
import { analyzeItem } from "./facts/analyze.js";
import { extractFacts } from "./facts/extract-facts.js";
import { markUnresolvedTimes } from "./dates/mark-unresolved.js";
import { readItems, type InputFormat } from "./input/read-items.js";
import type { ReferenceData, RawItem } from "./types.js";

export { IngestError, INGEST_ERROR_CODES, type IngestErrorCode } from "./errors.js";
export { REVIEW_THRESHOLD } from "./facts/build.js";
export type { ReferenceData } from "./types.js";

export interface ExtractOptions {
  /** The day of an undated article (ISO or DD.MM.YYYY); dated portal items keep their own. */
  publishedAt?: string;
  url?: string;
  format?: InputFormat;
  reference: ReferenceData;
  /** A gazetteer built before (buildGazetteer(reference)); spares rebuilding it per call. */
  gazetteer?: Gazetteer;
}

const gazetteers = new WeakMap<ReferenceData, Gazetteer>();

export function gazetteerFor(reference: ReferenceData): Gazetteer {
  let gazetteer = gazetteers.get(reference);
  if (!gazetteer) {
    gazetteer = buildGazetteer(reference);
    gazetteers.set(reference, gazetteer);
  }
  return gazetteer;
}

export function extractArticles(input: string | Buffer, options: ExtractOptions): ArticleFacts[] {
  const gazetteer = options.gazetteer ?? gazetteerFor(options.reference);
  const items = readItems(input, {
    format: options.format ?? "auto",
    publishedAt: options.publishedAt,
    url: options.url,
    isKnownName: gazetteer.isKnownName,
  });
  return items.map((item) => extractItem(item, gazetteer));
}

export function extractItem(item: RawItem, gazetteer: Gazetteer): ArticleFacts {
  const text = item.text;
  const article: ArticleFacts["article"] = {
    id: articleId(item.publishedAt, item.title, item.url),
    title: item.title,
    contentHash: sha256(`${item.title}\n${text}`),
    text,
  };
  if (item.publishedAt) article.publishedAt = item.publishedAt;
  else article.undated = true;
  if (item.url) article.url = item.url;
  const facts = extractFacts(analyzeItem(item, gazetteer), gazetteer);
  return { article, facts: markUnresolvedTimes(facts, item.publishedAt) };
}
