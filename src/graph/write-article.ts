/**
 * Writes one article with its facts in one transaction: all of it or none of it.
 * Idempotent: an article whose content hash is already stored changes nothing. A changed article
 * replaces its statements: claims it no longer makes are removed, and a fact no source states any
 * more is removed with the entities only it named. Facts below the review threshold write nothing
 * but their review item. The statement model is in statements-cypher.ts.
 */
import type { Driver, ManagedTransaction } from "neo4j-driver";
import type { ArticleFacts, EntityRef, Fact } from "../model/fact.js";
import { aliasText } from "../model/graph-shapes.js";
import { entitiesByType, factRow } from "./fact-rows.js";
import { WRITE_NEW_ARTICLE_CYPHER, WRITE_STATEMENTS_CYPHER } from "./statements-cypher.js";

export interface WriteOptions {
  /** Facts below this confidence go to the review queue instead of the graph. */
  reviewThreshold?: number;
  /** Marks statements of the curated seed (entities they create are not removed with them). */
  curated?: boolean;
  /** Which extractor stated the facts ("curated", "corenlp-rules/1", ...), kept on each statement. */
  extractor?: string;
}

export interface WriteResult {
  articleId: string;
  status: "created" | "updated" | "unchanged";
  factsCreated: number;
  factsMerged: number;
  queued: number;
}

/**
 * Every plan of these queries seeks by unique ids, so a plan is never better for fresher counts:
 * `replan=skip` keeps the cached one instead of planning the whole write again each time the
 * graph's counts have grown past Neo4j's divergence threshold (about a second each time).
 */
const KEEP_PLAN = "CYPHER replan=skip";

/**
 * The content-hash check, and the whole write when the article is new: the common case is one
 * statement. A stored article comes back with its hash and nothing written; the caller then
 * replaces its statements if the hash differs.
 */
const WRITE_ARTICLE_IF_NEW_CYPHER = `${KEEP_PLAN}
  OPTIONAL MATCH (stored:Article {id: $article.id})
  WITH stored.contentHash AS storedHash
  CALL (storedHash) {
    WITH storedHash WHERE storedHash IS NULL
    ${WRITE_NEW_ARTICLE_CYPHER}
    UNION
    WITH storedHash WHERE storedHash IS NOT NULL
    RETURN null AS created
  }
  RETURN storedHash, created`;

/**
 * Statements of a stored article: replacing those of a changed article ($replace), or adding an
 * accepted review item's to the others.
 */
const WRITE_STORED_ARTICLE_CYPHER = `${KEEP_PLAN}
  ${WRITE_STATEMENTS_CYPHER}`;

/** A new entity as the importer knows it: a name, no aliases yet. */
const entityRow = (ref: EntityRef) => ({ ...ref, aliases: [], aliasText: aliasText([ref.name], []) });

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

/**
 * The parameters of the write queries. Only maps and booleans at the top level, so that every
 * article, whatever number of facts, entities and review items it has, gives the same parameter
 * types and so uses the same cached plan (statements-cypher.ts says why).
 */
export function writeParameters(
  { article, facts }: ArticleFacts,
  queued: Fact[],
  options: WriteOptions & { replace: boolean },
) {
  const extractor = options.extractor ?? (options.curated ? "curated" : "importer");
  const rows = facts.map((fact) => factRow(fact, { curated: options.curated ?? false, extractor }));
  const reviews = queued.map((fact) => reviewItem(article.id, fact));
  return {
    article: {
      url: null,
      outlet: null,
      text: null,
      publishedAt: null,
      ...article,
      undated: article.publishedAt === undefined || article.publishedAt === null,
    },
    rows: {
      entities: [...entitiesByType(facts).values()].flat().map(entityRow),
      facts: rows,
      factIds: rows.map((row) => row.id),
      reviews,
      reviewIds: reviews.map((review) => review.id),
      origin: options.curated ? "curated" : "import",
    },
    replace: options.replace,
  };
}

async function runArticle(
  tx: ManagedTransaction,
  entry: ArticleFacts,
  options: WriteOptions,
): Promise<WriteResult> {
  const threshold = options.reviewThreshold ?? 0;
  const accepted = entry.facts.filter((fact) => fact.confidence >= threshold);
  const queued = entry.facts.filter((fact) => fact.confidence < threshold);
  const { article } = entry;
  const params = writeParameters({ article, facts: accepted }, queued, { ...options, replace: true });
  const checked = (await tx.run(WRITE_ARTICLE_IF_NEW_CYPHER, params)).records[0];
  const storedHash = checked?.get("storedHash") as string | null;
  if (storedHash === article.contentHash)
    return { articleId: article.id, status: "unchanged", factsCreated: 0, factsMerged: 0, queued: 0 };
  const record =
    storedHash === null ? checked : (await tx.run(WRITE_STORED_ARTICLE_CYPHER, params)).records[0];
  const created = (record?.get("created") as number | null) ?? 0;
  return {
    articleId: article.id,
    status: storedHash === null ? "created" : "updated",
    factsCreated: created,
    factsMerged: accepted.length - created,
    queued: queued.length,
  };
}

export async function writeArticle(
  driver: Driver,
  database: string,
  entry: ArticleFacts,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite((tx) => runArticle(tx, entry, options));
  } finally {
    await session.close();
  }
}

/**
 * Several articles in one transaction, one statement each: for the curated seed, whose articles
 * are all known up front, so that a start on an empty database pays one commit per batch
 * instead of one per article. All of the batch or none of it.
 */
export async function writeArticles(
  driver: Driver,
  database: string,
  entries: ArticleFacts[],
  options: WriteOptions = {},
): Promise<WriteResult[]> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const results: WriteResult[] = [];
      for (const entry of entries) results.push(await runArticle(tx, entry, options));
      return results;
    });
  } finally {
    await session.close();
  }
}

/** Writes accepted facts as statements of their (stored) article inside the caller's transaction. */
export async function addStatements(tx: ManagedTransaction, entry: ArticleFacts): Promise<void> {
  await tx.run(WRITE_STORED_ARTICLE_CYPHER, writeParameters(entry, [], { replace: false }));
}
