/**
 * Writes one article with its facts in one transaction: all of it or none of it.
 * Idempotent: an article whose content hash is already stored changes nothing; a fact already
 * in the graph (same id) gains a source and moves `lastCited`, keeping `firstCited`.
 * One statement per article (the hash check is part of it), so imports stay fast.
 * An article is the node with its id (ids.ts: the canonical URL's, else title and day); an
 * undated article has no publishedAt and `undated: true`, and does not move firstCited/lastCited.
 */
import type { Driver } from "neo4j-driver";
import type { ArticleFacts, Fact } from "../model/fact.js";
import { entitiesByType, factRow } from "./fact-rows.js";

export interface WriteOptions {
  /** Facts below this confidence go to the review queue instead of the graph. */
  reviewThreshold?: number;
  /** Marks citations whose quote is the seed authors' paraphrase rather than the source's words. */
  curated?: boolean;
}

export interface WriteResult {
  articleId: string;
  status: "created" | "updated" | "unchanged";
  factsCreated: number;
  factsMerged: number;
  queued: number;
}

/** Labels are set from parameters with Neo4j 5.26's dynamic labels; they come from closed lists. */
export const WRITE_ARTICLE_CYPHER = `
  MERGE (a:Article {id: $article.id})
  SET a.url = $article.url, a.title = $article.title, a.publishedAt = date($article.publishedAt),
      a.undated = $article.publishedAt IS NULL, a.outlet = $article.outlet,
      a.contentHash = $article.contentHash, a.text = $article.text
  WITH a
  CALL (a) {
    UNWIND $entities AS ref
    MERGE (n:Entity {id: ref.id})
    ON CREATE SET n:$(ref.type), n.name = ref.name, n.aliases = [], n.aliasText = ref.name
  }
  CALL (a) {
    UNWIND $facts AS row
    MERGE (f:Fact {id: row.id})
    ON CREATE SET f:$(row.label), f += row.properties, f.isNew = true,
      f.date = date(row.dates.date), f.from = date(row.dates.from), f.to = date(row.dates.to),
      f.confidence = row.confidence, f.firstCited = a.publishedAt, f.lastCited = a.publishedAt
    ON MATCH SET f.isNew = false,
      f.confidence = CASE WHEN row.confidence > f.confidence THEN row.confidence ELSE f.confidence END,
      f.firstCited = CASE WHEN f.firstCited IS NULL OR a.publishedAt < f.firstCited THEN coalesce(a.publishedAt, f.firstCited) ELSE f.firstCited END,
      f.lastCited = CASE WHEN f.lastCited IS NULL OR a.publishedAt > f.lastCited THEN coalesce(a.publishedAt, f.lastCited) ELSE f.lastCited END,
      f.from = CASE WHEN f.from IS NULL OR date(row.dates.from) < f.from THEN date(row.dates.from) ELSE f.from END,
      f.to = CASE WHEN f.to IS NULL OR date(row.dates.to) > f.to THEN coalesce(date(row.dates.to), f.to) ELSE f.to END,
      f.date = coalesce(f.date, date(row.dates.date))
    WITH a, row, f, f.isNew AS isNew
    REMOVE f.isNew
    MERGE (f)-[c:SOURCED_FROM]->(a)
    SET c.quote = row.quote, c.confidence = row.confidence, c.curated = $curated,
      c.unresolvedTime = row.unresolvedTime
    WITH row, f, isNew
    MATCH (s:Entity {id: row.subject})
    MERGE (f)-[:SUBJECT]->(s)
    WITH row, f, isNew
    CALL (row, f) {
      MATCH (o:Entity {id: row.object})
      MERGE (f)-[:OBJECT]->(o)
    }
    CALL (row, f) {
      MATCH (p:Entity {id: row.proposer})
      MERGE (f)-[:PROPOSER]->(p)
    }
    CALL (row, f) {
      WITH row, f WHERE row.day IS NOT NULL
      MERGE (d:Day {id: row.day}) ON CREATE SET d.date = date(row.day)
      MERGE (y:Year {id: substring(row.day, 0, 4)}) ON CREATE SET y.value = toInteger(substring(row.day, 0, 4))
      MERGE (d)-[:IN_YEAR]->(y)
      MERGE (f)-[:ON_DAY]->(d)
    }
    CALL (row, f) {
      WITH row, f WHERE row.year IS NOT NULL
      MERGE (y:Year {id: toString(row.year)}) ON CREATE SET y.value = row.year
      MERGE (f)-[:IN_YEAR]->(y)
    }
    RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created
  }
  CALL (a) {
    UNWIND $reviews AS item
    MERGE (r:ReviewItem {id: item.id})
    ON CREATE SET r += item, r.status = 'pending', r.createdAt = datetime()
    MERGE (r)-[:FROM_ARTICLE]->(a)
  }
  RETURN created`;

/**
 * The article write guarded by the content-hash check, so that an import is one statement per
 * transaction: no row comes back when the stored hash equals the new one (nothing written).
 */
export const WRITE_ARTICLE_IF_CHANGED_CYPHER = `
  OPTIONAL MATCH (stored:Article {id: $article.id})
  WITH stored.contentHash AS storedHash
  WHERE storedHash IS NULL OR storedHash <> $article.contentHash
  CALL () {
    ${WRITE_ARTICLE_CYPHER}
  }
  RETURN storedHash, created`;

function reviewItem(articleId: string, fact: Fact) {
  const row = factRow(fact);
  return {
    id: `review/${row.id}/${articleId}`,
    factId: row.id,
    type: fact.type,
    summary: row.properties.summary,
    confidence: fact.confidence,
    quote: fact.quote,
    fact: JSON.stringify(fact),
  };
}

export async function writeArticle(
  driver: Driver,
  database: string,
  { article, facts }: ArticleFacts,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const threshold = options.reviewThreshold ?? 0;
  const accepted = facts.filter((fact) => fact.confidence >= threshold);
  const queued = facts.filter((fact) => fact.confidence < threshold);
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const result = await tx.run(WRITE_ARTICLE_IF_CHANGED_CYPHER, {
        article: { url: null, outlet: null, text: null, publishedAt: null, ...article },
        entities: [...entitiesByType([...accepted, ...queued]).values()].flat(),
        facts: accepted.map(factRow),
        reviews: queued.map((fact) => reviewItem(article.id, fact)),
        curated: options.curated ?? false,
      });
      const record = result.records[0];
      if (!record)
        return { articleId: article.id, status: "unchanged", factsCreated: 0, factsMerged: 0, queued: 0 };
      const created = (record.get("created") as number | null) ?? 0;
      return {
        articleId: article.id,
        status: record.get("storedHash") === null ? "created" : "updated",
        factsCreated: created,
        factsMerged: accepted.length - created,
        queued: queued.length,
      };
    });
  } finally {
    await session.close();
  }
}
