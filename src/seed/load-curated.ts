/**
 * Turns the curated facts (seed/curated/*.json) into articles with facts and writes them through
 * the same writer the importer uses. An article is identified by its canonical URL, as imported
 * ones are: entries with the same one in several files are one article. A URL with a fragment
 * names an item of a listing page (an item whose own page is unknown); it keeps the id of day and
 * title, which an import of its text without a URL also gives it. An undated page is marked
 * undated; its facts keep their own dates.
 */
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { writeArticles, type WriteResult } from "../graph/index.js";
import type { ArticleFacts, EntityRef, Fact } from "../model/fact.js";
import { articleId, sha256 } from "../model/ids.js";
import type { ErrorCodeOf } from "../errors/codes.js";
import { curatedFileSchema, type CuratedArticle, type CuratedFile } from "./format.js";
import { readJsonFiles, seedDir } from "./reference-files.js";

export type ResolveRef = (id: string) => EntityRef | undefined;

export class CuratedArticleConflictError extends Error {
  readonly code: ErrorCodeOf<"seed"> = "SEED_ARTICLE_CONFLICT";
}

export function readCuratedFiles(folder = path.join(seedDir, "curated")): CuratedFile[] {
  return readJsonFiles(folder).map(({ file, data }) => {
    const parsed = curatedFileSchema.safeParse(data);
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
    return parsed.data;
  });
}

/** The article id of a curated entry: its canonical URL's, or day and title for an item of a listing. */
export function curatedArticleId(entry: Pick<CuratedArticle, "url" | "title" | "publishedAt">): string {
  return entry.url.includes("#")
    ? articleId(entry.publishedAt, entry.title)
    : articleId(entry.publishedAt, entry.title, entry.url);
}

/** Entries that name the same article, in file order, as one article; titles must agree, and dates where both give one. */
export function groupByUrl(files: CuratedFile[]): CuratedArticle[] {
  const byId = new Map<string, CuratedArticle>();
  for (const entry of files.flatMap((file) => file.articles)) {
    const id = curatedArticleId(entry);
    const seen = byId.get(id);
    if (seen === undefined) {
      byId.set(id, { ...entry, facts: [...entry.facts] });
      continue;
    }
    // A date one file gives and another leaves out is kept; two different dates are a conflict.
    const datesDiffer =
      seen.publishedAt !== undefined &&
      entry.publishedAt !== undefined &&
      seen.publishedAt !== entry.publishedAt;
    if (seen.title !== entry.title || datesDiffer)
      throw new CuratedArticleConflictError(
        `${entry.url} is cited twice with different titles or dates ("${seen.title}" ${seen.publishedAt ?? "undated"}, "${entry.title}" ${entry.publishedAt ?? "undated"})`,
      );
    seen.facts.push(...entry.facts);
    seen.outlet ??= entry.outlet;
    seen.publishedAt ??= entry.publishedAt;
  }
  return [...byId.values()];
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
