/** The sources of many facts in one query: what the per-request DataLoader batches into. */
import type { Reader } from "./reader.js";
import type { Source } from "./types.js";

/**
 * Each fact is found by its id (unique index seek on Fact.id; `i` is its position in $facts)
 * and each of its citations is read once. The answer is one list of articles, oldest first, each
 * with the citations of the requested facts in it: an article that cites several of them (a
 * chair report names every chair of its year) is sent once rather than once per fact, and
 * articles and citations travel as lists rather than maps that repeat every key. For popular
 * facts, with hundreds of sources, moving the answer is most of the work.
 */
export const sourcesCypher = `
  UNWIND range(0, size($facts) - 1) AS i
  MATCH (f:Fact {id: $facts[i]})-[c:SOURCED_FROM]->(a)
  WITH a, collect([i, c.quote, coalesce(c.curated, false)]) AS citations
  WHERE a:Article
  WITH a, citations ORDER BY a.publishedAt, a.id
  RETURN collect([a.id, a.url, a.title, toString(a.publishedAt), a.outlet, citations]) AS articles`;

type Citation = [factIndex: number, quote: string, curated: boolean];
type ArticleRow = [
  articleId: string,
  url: string | null,
  title: string,
  publishedAt: string,
  outlet: string | null,
  citations: Citation[],
];

/** The sources of each fact, in the order of `factIds`; each list by publication day, then article id. */
export async function sourcesOfFacts(read: Reader, factIds: readonly string[]): Promise<Source[][]> {
  const [row] = await read<{ articles: ArticleRow[] }>(sourcesCypher, { facts: factIds });
  const byId = new Map<string, Source[]>(factIds.map((id) => [id, []]));
  for (const [articleId, url, title, publishedAt, outlet, citations] of row?.articles ?? []) {
    for (const [factIndex, quote, curated] of citations) {
      byId.get(factIds[factIndex]!)!.push({ articleId, url, title, publishedAt, outlet, quote, curated });
    }
  }
  return factIds.map((id) => byId.get(id)!);
}
