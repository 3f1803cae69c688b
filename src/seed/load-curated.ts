/**
 * Turns the curated facts (seed/curated/*.json) into articles with facts and writes them through
 * the same writer the importer uses. An article is identified by its URL: entries with the same
 * URL in several files are one article. A dated page keeps the id the importer gives the same
 * article (day and title), so importing the original text later merges with it; an undated page
 * gets an id from its URL and is marked undated (its facts keep their own dates).
 */
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { writeArticles, type WriteResult } from "../graph/write-article.js";
import type { ArticleFacts, EntityRef, Fact } from "../model/fact.js";
import { articleId, sha256, slugify } from "../model/ids.js";
import { curatedFileSchema, type CuratedArticle, type CuratedFile } from "./format.js";
import { readJsonFiles, seedDir } from "./reference-files.js";

export type ResolveRef = (id: string) => EntityRef | undefined;

export class CuratedArticleConflictError extends Error {
  readonly code = "SEED_ARTICLE_CONFLICT";
}

export function readCuratedFiles(folder = path.join(seedDir, "curated")): CuratedFile[] {
  return readJsonFiles(folder).map(({ file, data }) => {
    const parsed = curatedFileSchema.safeParse(data);
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
    return parsed.data;
  });
}

/** "https://www.kommune21.de/a/b.html" -> "page-www-kommune21-de-a-b-html" (plus a hash when cut). */
export function pageArticleId(url: string): string {
  const slug = slugify(url.replace(/^https?:\/\//, ""), 200);
  return slug.length <= 80 ? `page-${slug}` : `page-${slug.slice(0, 70)}-${sha256(url).slice(0, 8)}`;
}

export function curatedArticleId(entry: Pick<CuratedArticle, "url" | "title" | "publishedAt">): string {
  return entry.publishedAt === undefined
    ? pageArticleId(entry.url)
    : articleId(entry.publishedAt, entry.title);
}

/** Entries citing the same URL, in file order, as one article; title and date must agree. */
export function groupByUrl(files: CuratedFile[]): CuratedArticle[] {
  const byUrl = new Map<string, CuratedArticle>();
  for (const entry of files.flatMap((file) => file.articles)) {
    const seen = byUrl.get(entry.url);
    if (seen === undefined) {
      byUrl.set(entry.url, { ...entry, facts: [...entry.facts] });
      continue;
    }
    if (seen.title !== entry.title || seen.publishedAt !== entry.publishedAt)
      throw new CuratedArticleConflictError(
        `${entry.url} is cited twice with different titles or dates ("${seen.title}" ${seen.publishedAt ?? "undated"}, "${entry.title}" ${entry.publishedAt ?? "undated"})`,
      );
    seen.facts.push(...entry.facts);
    seen.outlet ??= entry.outlet;
  }
  return [...byUrl.values()];
}

export function curatedArticles(files: CuratedFile[], resolve: ResolveRef): ArticleFacts[] {
  return groupByUrl(files).map((entry) => {
    const id = curatedArticleId(entry);
    const ref = (entityId: string): EntityRef => {
      const found = resolve(entityId);
      if (!found) throw new Error(`${entry.url}: unknown entity id "${entityId}"`);
      return found;
    };
    const facts: Fact[] = entry.facts.map(({ subject, object, proposer, note: _note, ...rest }) => ({
      ...rest,
      subject: ref(subject),
      object: object === undefined ? undefined : ref(object),
      proposer: proposer === undefined ? undefined : ref(proposer),
      confidence: 1,
    }));
    return {
      article: {
        id,
        title: entry.title,
        publishedAt: entry.publishedAt,
        url: entry.url,
        outlet: entry.outlet,
        contentHash: `curated:${sha256(JSON.stringify(entry))}`,
      },
      facts,
    };
  });
}

/** Articles per transaction: large enough to spare commits, small enough to keep a transaction light. */
const BATCH_SIZE = 50;

export async function loadCuratedFacts(
  driver: Driver,
  database: string,
  articles: ArticleFacts[],
): Promise<WriteResult[]> {
  const results: WriteResult[] = [];
  for (let start = 0; start < articles.length; start += BATCH_SIZE)
    results.push(
      ...(await writeArticles(driver, database, articles.slice(start, start + BATCH_SIZE), {
        curated: true,
      })),
    );
  return results;
}
