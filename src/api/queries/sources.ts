/** The sources of many facts in one query: what the per-request DataLoader batches into. */
import neo4j from "neo4j-driver";
import { OLDEST_SOURCES_KEPT } from "../../graph/index.js";
import type { Reader } from "./reader.js";
import type { Claim, Source } from "./types.js";

/** One statement's claim, as a list (keys are not repeated per row). */
const CLAIM = `[toString(c.date), toString(c.from), toString(c.to), c.precision, c.year, c.role, c.amount, c.count,
  coalesce(c.confidence, 1.0), c.extractor, c.unresolvedTime]`;
type ClaimRow = [
  date: string | null,
  from: string | null,
  to: string | null,
  precision: string | null,
  year: number | null,
  role: string | null,
  amount: number | null,
  count: number | null,
  confidence: number,
  extractor: string | null,
  unresolvedTime: string | null,
];

function claimOf([
  date,
  from,
  to,
  precision,
  year,
  role,
  amount,
  count,
  confidence,
  extractor,
  unresolvedTime,
]: ClaimRow): Claim {
  return { date, from, to, precision, year, role, amount, count, confidence, extractor, unresolvedTime };
}

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
  WITH a, collect([i, c.quote, coalesce(c.curated, false), ${CLAIM}]) AS citations
  WHERE a:Article
  WITH a, citations ORDER BY a.publishedAt, a.id
  RETURN collect([a.id, a.url, a.title, toString(a.publishedAt), a.outlet, citations]) AS articles`;

type Citation = [factIndex: number, quote: string, curated: boolean, claim: ClaimRow];
type ArticleRow = [
  articleId: string,
  url: string | null,
  title: string,
  publishedAt: string | null,
  outlet: string | null,
  citations: Citation[],
];

/** A source as a list; its quote is item 5. */
const SOURCE_ROW = `[a.id, a.url, a.title, toString(a.publishedAt), a.outlet, c.quote, coalesce(c.curated, false), ${CLAIM}]`;

/**
 * The oldest `first` sources (a Cypher expression: `$first` by default) of the fact bound to
 * `f` (none when it is 0), as a list of source rows, oldest first. Up to OLDEST_SOURCES_KEPT of them are read from the order the
 * writer keeps on the fact (`oldestSources`, "day|article id" keys), one article seek each, so a
 * fact cited hundreds of times costs a page, not a sort of its whole history. Larger pages, and
 * facts written without that order, sort their citations; one of the two lists is always empty.
 *
 * The article is found by its id (the hint keeps the planner from expanding every citation of
 * the fact and filtering them by id, which it prefers when it guesses few citations per fact),
 * and its citation of the fact is then checked from both ends (Expand(Into)).
 */
export const sourcePageOf = (f: string, first = "$first"): string => `(COLLECT {
    UNWIND CASE WHEN ${f}.oldestSources IS NOT NULL AND ${first} <= ${OLDEST_SOURCES_KEPT}
      THEN ${f}.oldestSources[0..${first}] ELSE [] END AS key
    MATCH (a:Article {id: substring(key, 11)})
    USING INDEX a:Article(id)
    MATCH (${f})-[c:SOURCED_FROM]->(a)
    WITH a, c ORDER BY key
    RETURN ${SOURCE_ROW}
  } + COLLECT {
    MATCH (${f})-[c:SOURCED_FROM]->(a:Article)
    WHERE ${first} > 0 AND (${f}.oldestSources IS NULL OR ${first} > ${OLDEST_SOURCES_KEPT})
    WITH c, a ORDER BY a.publishedAt, a.id LIMIT ${first}
    RETURN ${SOURCE_ROW}
  })`;

/** How many sources the fact bound to `f` has: the node's degree, no citation is read. */
export const sourceCountOf = (f: string): string => `COUNT { (${f})-[:SOURCED_FROM]->() }`;

/**
 * The oldest `first` sources of each fact and how many sources it has, in one query: a page of
 * sources is rarely asked for without its count, so both come back in one round trip.
 */
export const sourcePagesCypher = `
  UNWIND range(0, size($facts) - 1) AS i
  MATCH (f:Fact {id: $facts[i]})
  RETURN i, ${sourceCountOf("f")} AS count, ${sourcePageOf("f")} AS sources`;

export type SourceRow = [
  articleId: string,
  url: string | null,
  title: string,
  publishedAt: string | null,
  outlet: string | null,
  quote: string,
  curated: boolean,
  claim: ClaimRow,
];

export function sourceOf([
  articleId,
  url,
  title,
  publishedAt,
  outlet,
  quote,
  curated,
  claim,
]: SourceRow): Source {
  return { articleId, url, title, publishedAt, outlet, quote, curated, claim: claimOf(claim) };
}

/**
 * The sources of each fact, in the order of `factIds`; each list by publication day, then
 * article id; with `first`, only that many of each (the oldest).
 */
export async function sourcesOfFacts(
  read: Reader,
  factIds: readonly string[],
  first?: number | null,
): Promise<Source[][]> {
  if (first != null) return (await sourcePagesOfFacts(read, factIds, first)).map((page) => page.sources);
  const [row] = await read<{ articles: ArticleRow[] }>(sourcesCypher, { facts: factIds });
  const byId = new Map<string, Source[]>(factIds.map((id) => [id, []]));
  for (const [articleId, url, title, publishedAt, outlet, citations] of row?.articles ?? []) {
    for (const [factIndex, quote, curated, claim] of citations) {
      byId
        .get(factIds[factIndex]!)!
        .push(sourceOf([articleId, url, title, publishedAt, outlet, quote, curated, claim]));
    }
  }
  return factIds.map((id) => byId.get(id)!);
}

export interface SourcePage {
  /** The oldest sources, at most the page size asked for. */
  sources: Source[];
  /** How many sources the fact has. */
  count: number;
}

/**
 * The oldest `first` sources of each fact (0: none) and each fact's number of sources, in the
 * order of `factIds`, in one query. An unknown fact has no sources.
 */
export async function sourcePagesOfFacts(
  read: Reader,
  factIds: readonly string[],
  first: number,
): Promise<SourcePage[]> {
  const answer: SourcePage[] = factIds.map(() => ({ sources: [], count: 0 }));
  if (factIds.length === 0) return answer;
  const rows = await read<{ i: number; count: number; sources: SourceRow[] }>(sourcePagesCypher, {
    facts: factIds,
    first: neo4j.int(Math.max(first, 0)),
  });
  for (const { i, count, sources } of rows) {
    answer[i] = { sources: sources.map(sourceOf), count };
  }
  return answer;
}
