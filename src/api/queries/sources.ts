/** The sources of many facts in one query: what the per-request DataLoader batches into. */
import neo4j from "neo4j-driver";
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
  publishedAt: string | null,
  outlet: string | null,
  citations: Citation[],
];

/**
 * The oldest `first` sources of each fact: per fact, its citations sorted and cut before
 * anything is sent, so a fact cited hundreds of times costs a page, not its whole history.
 */
export const firstSourcesCypher = `
  UNWIND range(0, size($facts) - 1) AS i
  MATCH (f:Fact {id: $facts[i]})
  CALL (f) {
    MATCH (f)-[c:SOURCED_FROM]->(a:Article)
    WITH c, a ORDER BY a.publishedAt, a.id LIMIT $first
    RETURN collect([a.id, a.url, a.title, toString(a.publishedAt), a.outlet, c.quote, coalesce(c.curated, false)]) AS sources
  }
  RETURN i, sources`;

type SourceRow = [
  articleId: string,
  url: string | null,
  title: string,
  publishedAt: string | null,
  outlet: string | null,
  quote: string,
  curated: boolean,
];

/**
 * The sources of each fact, in the order of `factIds`; each list by publication day, then
 * article id; with `first`, only that many of each (the oldest).
 */
export async function sourcesOfFacts(
  read: Reader,
  factIds: readonly string[],
  first?: number | null,
): Promise<Source[][]> {
  if (first != null) return firstSourcesOfFacts(read, factIds, first);
  const [row] = await read<{ articles: ArticleRow[] }>(sourcesCypher, { facts: factIds });
  const byId = new Map<string, Source[]>(factIds.map((id) => [id, []]));
  for (const [articleId, url, title, publishedAt, outlet, citations] of row?.articles ?? []) {
    for (const [factIndex, quote, curated] of citations) {
      byId.get(factIds[factIndex]!)!.push({ articleId, url, title, publishedAt, outlet, quote, curated });
    }
  }
  return factIds.map((id) => byId.get(id)!);
}

async function firstSourcesOfFacts(
  read: Reader,
  factIds: readonly string[],
  first: number,
): Promise<Source[][]> {
  const answer: Source[][] = factIds.map(() => []);
  if (first <= 0 || factIds.length === 0) return answer;
  const rows = await read<{ i: number; sources: SourceRow[] }>(firstSourcesCypher, {
    facts: factIds,
    first: neo4j.int(first),
  });
  for (const { i, sources } of rows) {
    answer[i] = sources.map(([articleId, url, title, publishedAt, outlet, quote, curated]) => ({
      articleId,
      url,
      title,
      publishedAt,
      outlet,
      quote,
      curated,
    }));
  }
  return answer;
}

/** How many sources each fact has (the relationship count, read from the node's degree). */
export async function sourceCountsOfFacts(read: Reader, factIds: readonly string[]): Promise<number[]> {
  const rows = await read<{ id: string; count: number }>(
    "UNWIND $facts AS id MATCH (f:Fact {id: id}) RETURN id, COUNT { (f)-[:SOURCED_FROM]->() } AS count",
    { facts: factIds },
  );
  const byId = new Map(rows.map((row) => [row.id, row.count]));
  return factIds.map((id) => byId.get(id) ?? 0);
}
