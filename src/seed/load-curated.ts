/**
 * Turns the curated news facts (seed/curated/*.json) into articles with facts and writes them
 * through the same writer the importer uses, so a later import of the original article merges
 * with them (same article id, same fact ids) and adds the original sentences as quotes.
 */
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { writeArticle, type WriteResult } from "../graph/write-article.js";
import type { ArticleFacts, EntityRef, Fact } from "../model/fact.js";
import { articleId, sha256 } from "../model/ids.js";
import { curatedFileSchema, type CuratedFile } from "./format.js";
import { readJsonFiles, seedDir } from "./reference-files.js";

export type ResolveRef = (id: string) => EntityRef | undefined;

export function readCuratedFiles(folder = path.join(seedDir, "curated")): CuratedFile[] {
  return readJsonFiles(folder).map(({ file, data }) => {
    const parsed = curatedFileSchema.safeParse(data);
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
    return parsed.data;
  });
}

export function curatedArticles(files: CuratedFile[], resolve: ResolveRef): ArticleFacts[] {
  const ref = (id: string, where: string): EntityRef => {
    const found = resolve(id);
    if (!found) throw new Error(`${where}: unknown entity id "${id}"`);
    return found;
  };
  return files.flatMap((file) =>
    file.articles.map((entry) => {
      const id = articleId(entry.publishedAt, entry.title, entry.url);
      const facts: Fact[] = entry.facts.map(({ subject, object, proposer, statement, ...rest }) => ({
        ...rest,
        subject: ref(subject, id),
        object: object === undefined ? undefined : ref(object, id),
        proposer: proposer === undefined ? undefined : ref(proposer, id),
        quote: statement,
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
    }),
  );
}

export async function loadCuratedFacts(
  driver: Driver,
  database: string,
  articles: ArticleFacts[],
): Promise<WriteResult[]> {
  const results: WriteResult[] = [];
  for (const article of articles)
    results.push(await writeArticle(driver, database, article, { curated: true }));
  return results;
}
