/**
 * The public surface of the news extraction: text, HTML or JSON lines in, one ArticleFacts per
 * news item out. Reading the items is pure; each item is then annotated by the NLP service in
 * one request, and the facts are a pure function of that parse and the gazetteer.
 */
import { textForParsing } from "./parse/parse-text.js";
import type { ArticleFacts } from "../model/fact.js";
import type { NlpClient } from "../nlp/index.js";
import type { NlpDocument } from "../nlp/types.js";
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
  /** The German language model (createNlpClient({ url })). */
  nlp: NlpClient;
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

/**
 * Requests to the language model in flight at once: the managed CoreNLP answers two at a time
 * (GOVGRAPH_NLP_THREADS), one per core, so a second request keeps the other core busy.
 */
export const NLP_REQUESTS_IN_FLIGHT = 2;

/** Annotates the items, NLP_REQUESTS_IN_FLIGHT at a time, and extracts each in input order. */
export async function extractArticles(
  input: string | Buffer,
  options: ExtractOptions,
): Promise<ArticleFacts[]> {
  const gazetteer = options.gazetteer ?? gazetteerFor(options.reference);
  const items = readItems(input, {
    format: options.format ?? "auto",
    publishedAt: options.publishedAt,
    url: options.url,
    isKnownName: gazetteer.isKnownName,
  });
  const articles: ArticleFacts[] = new Array<ArticleFacts>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      const item = items[index]!;
      articles[index] = extractItem(item, gazetteer, await options.nlp.annotate(textForParsing(item.text)));
    }
  };
  await Promise.all(Array.from({ length: Math.min(NLP_REQUESTS_IN_FLIGHT, items.length) }, worker));
  return articles;
}

/** One item and the parse of its text: pure. */
export function extractItem(item: RawItem, gazetteer: Gazetteer, document: NlpDocument): ArticleFacts {
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
  const facts = extractFacts(analyzeItem(item, gazetteer, document), gazetteer);
  return { article, facts: markUnresolvedTimes(facts, item.publishedAt) };
}
