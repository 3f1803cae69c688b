/**
 * The Cypher of the statement model (docs/decisions.md §15). Each article's claim about a fact is
 * one statement: the SOURCED_FROM relationship from the fact to the article, carrying what that
 * source said (dates and precision, role, amount, count, text, confidence, quote, extractor). A
 * fact's own dates, confidence, first/last citation, `disputed` flag, oldest sources and its
 * Day/Year links are derived from its statements, never merged by hand.
 *
 * Node and relationship properties follow src/model/graph-shapes.ts.
 *
 * Parameters: $article, $replace (the article's earlier claims not made again are removed) and
 * $rows: {entities, facts (rows of fact-rows.ts), factIds, reviews, reviewIds, origin ("import" |
 * "curated")}.
 *
 * The lists travel inside the one map $rows on purpose: Neo4j 5 caches a plan per query text and
 * parameter types, and a list parameter's type includes its size bucket (empty, one, up to ten, up
 * to a hundred, ...) and whether it holds strings, so five list parameters made every new mix of
 * list sizes plan this whole query again. A map parameter is one type whatever it holds.
 */

import {
  ARTICLE_SHAPE,
  ENTITY_SHAPE,
  FACT_SHAPE,
  setProperties,
  setStatement,
} from "../model/graph-shapes.js";

/** How many oldest sources a fact keeps in order, for cheap `sources(first:)` pages. */
export const OLDEST_SOURCES_KEPT = 10;

/** Where an undated article sorts among a fact's sources: after every dated one. */
const UNDATED_DAY = "9999-12-31";

/** "2025-02-07|article-id", or "9999-12-31|…" for an undated article: sorts oldest first. */
const SOURCE_KEY = `coalesce(toString(a.publishedAt), '${UNDATED_DAY}') + '|' + a.id`;

/** SOURCE_KEY in TypeScript, for writers that derive `oldestSources` before writing (the generator). */
export function sourceKey(publishedAt: string | null, articleId: string): string {
  return `${publishedAt ?? UNDATED_DAY}|${articleId}`;
}

/** Day and Year links of one fact `f`, from its derived properties. */
const RELINK_DATES = `
    CALL (f) {
      OPTIONAL MATCH (f)-[link:ON_DAY|IN_YEAR]->()
      DELETE link
    }
    // Precision stays honest: only a day-precise date or start links to its Day; a fact known to
    // the month or the year links to its Year only.
    WITH f, CASE WHEN coalesce(f.precision, 'day') = 'day' THEN coalesce(f.date, f.from) END AS day,
      coalesce(f.year, f.date.year, f.from.year) AS year
    CALL (f, day) {
      WITH f, day WHERE day IS NOT NULL
      MERGE (d:Day {id: toString(day)}) ON CREATE SET d.date = day
      MERGE (y:Year {id: toString(day.year)}) ON CREATE SET y.value = day.year
      MERGE (d)-[:IN_YEAR]->(y)
      MERGE (f)-[:ON_DAY]->(d)
    }
    CALL (f, day, year) {
      WITH f, day, year WHERE day IS NULL AND year IS NOT NULL
      MERGE (y:Year {id: toString(year)}) ON CREATE SET y.value = year
      MERGE (f)-[:IN_YEAR]->(y)
    }`;

/** Everything derived from a fact's statements, recomputed from all of them. */
export const DERIVE_FROM_ALL_STATEMENTS = `
    CALL (f) {
      MATCH (f)-[s:SOURCED_FROM]->(a:Article)
      WITH s, a ORDER BY coalesce(s.date, s.from), a.publishedAt
      WITH s, a, ${SOURCE_KEY} AS key
      RETURN min(s.from) AS from, max(s.to) AS to, min(s.date) AS date, max(s.confidence) AS confidence,
        min(a.publishedAt) AS first, max(a.publishedAt) AS last, collect(s.precision)[0] AS precision,
        min(s.year) AS year, apoc.coll.sort(collect(key))[0..${OLDEST_SOURCES_KEPT}] AS oldest,
        count(DISTINCT s.from) > 1 OR count(DISTINCT s.to) > 1 OR count(DISTINCT s.date) > 1
          OR count(DISTINCT s.amount) > 1 OR count(DISTINCT s.count) > 1 AS disputed
    }
    SET f.from = from, f.to = to, f.date = date, f.confidence = confidence, f.firstCited = first,
      f.lastCited = last, f.disputed = disputed, f.oldestSources = oldest,
      f.precision = coalesce(precision, f.precision), f.year = coalesce(year, f.year)
    WITH f
    ${RELINK_DATES}`;

/**
 * Adds one new statement `s` (from article `a`) to the derived properties of `f` without reading
 * its other statements. Exact: while a fact is not disputed, every statement's non-null value
 * equals the derived one, so a differing new value is the first disagreement.
 */
const DERIVE_WITH_NEW_STATEMENT = `
    WITH f, s, a, isNew, f.from AS oldFrom, f.date AS oldDate
    SET f.disputed = CASE WHEN isNew THEN false ELSE
          coalesce(f.disputed, false)
          OR (s.from IS NOT NULL AND f.from IS NOT NULL AND s.from <> f.from)
          OR (s.to IS NOT NULL AND f.to IS NOT NULL AND s.to <> f.to)
          OR (s.date IS NOT NULL AND f.date IS NOT NULL AND s.date <> f.date)
          OR (s.amount IS NOT NULL AND f.amount IS NOT NULL AND s.amount <> f.amount)
          OR (s.count IS NOT NULL AND f.count IS NOT NULL AND s.count <> f.count) END,
      f.from = CASE WHEN f.from IS NULL OR s.from < f.from THEN s.from ELSE f.from END,
      f.to = CASE WHEN f.to IS NULL OR s.to > f.to THEN coalesce(s.to, f.to) ELSE f.to END,
      f.date = CASE WHEN f.date IS NULL OR s.date < f.date THEN coalesce(s.date, f.date) ELSE f.date END,
      f.confidence = CASE WHEN f.confidence IS NULL OR s.confidence > f.confidence THEN s.confidence ELSE f.confidence END,
      f.firstCited = CASE WHEN f.firstCited IS NULL OR a.publishedAt < f.firstCited THEN a.publishedAt ELSE f.firstCited END,
      f.lastCited = CASE WHEN f.lastCited IS NULL OR a.publishedAt > f.lastCited THEN a.publishedAt ELSE f.lastCited END,
      f.oldestSources = apoc.coll.sort(apoc.coll.toSet(coalesce(f.oldestSources, []) + [${SOURCE_KEY}]))[0..${OLDEST_SOURCES_KEPT}]
    // The Day and Year links change only with a new fact or a new earliest date.
    WITH f, isNew, oldFrom, oldDate
    WHERE isNew OR coalesce(oldFrom <> f.from, oldFrom IS NULL AND f.from IS NOT NULL)
      OR coalesce(oldDate <> f.date, oldDate IS NULL AND f.date IS NOT NULL)
    ${RELINK_DATES}`;

/** The article `a` itself. */
const MERGE_ARTICLE = `
  MERGE (a:Article {id: $article.id})
  SET ${setProperties("a", ARTICLE_SHAPE, "$article")}`;

/** The entities the facts name; an entity already in the graph keeps what it has. */
const MERGE_ENTITIES = `
  CALL (a) {
    UNWIND $rows.entities AS ref
    MERGE (n:Entity {id: ref.id})
    ON CREATE SET n:$(ref.type), ${setProperties("n", ENTITY_SHAPE, "ref")}, n.origin = $rows.origin
  }`;

/**
 * Each fact with its statement from `a` and its participants. `derive` is the condition under
 * which the new statement is added to the fact's derived properties here (the other facts are
 * recomputed from all their statements afterwards).
 */
const mergeFacts = (derive: string) => `
  CALL (a) {
    UNWIND $rows.facts AS row
    MERGE (f:Fact {id: row.id})
    ON CREATE SET f:$(row.label), ${setProperties("f", FACT_SHAPE, "row.properties")}, f.isNew = true
    ON MATCH SET f.isNew = false
    WITH a, row, f, f.isNew AS isNew
    REMOVE f.isNew
    MERGE (f)-[s:SOURCED_FROM]->(a)
    SET ${setStatement("s", "row.statement", "a")}
    WITH a, row, f, s, isNew
    MATCH (subject:Entity {id: row.subject})
    MERGE (f)-[:SUBJECT]->(subject)
    WITH a, row, f, s, isNew
    CALL (row, f) {
      MATCH (o:Entity {id: row.object})
      MERGE (f)-[:OBJECT]->(o)
    }
    CALL (row, f) {
      MATCH (p:Entity {id: row.proposer})
      MERGE (f)-[:PROPOSER]->(p)
    }
    CALL (f, s, a, isNew) {
      WITH f, s, a, isNew WHERE ${derive}
      ${DERIVE_WITH_NEW_STATEMENT}
    }
    RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created
  }`;

/** The article's review items (facts below the threshold), each waiting for an editor. */
const MERGE_REVIEWS = `
  CALL (a) {
    UNWIND $rows.reviews AS item
    MERGE (r:ReviewItem {id: item.id})
    ON CREATE SET r += item, r.status = 'pending', r.createdAt = datetime()
    MERGE (r)-[:FROM_ARTICLE]->(a)
  }`;

/**
 * An article not stored before: it has no earlier statements or review items to replace, so
 * every new statement is added to its fact incrementally and nothing is recomputed. The common
 * case of an import, written without the parts that only a stored article needs.
 */
export const WRITE_NEW_ARTICLE_CYPHER = `${MERGE_ARTICLE}
  WITH a
  ${MERGE_ENTITIES}
  ${mergeFacts("true")}
  ${MERGE_REVIEWS}
  RETURN created`;

/**
 * Statements of an article already stored: a changed article ($replace: its claims not made again
 * are removed, with facts no source states any more and the entities only they named) or an
 * accepted review item (added to the article's other statements). Its facts are recomputed from
 * all their statements.
 */
export const WRITE_STATEMENTS_CYPHER = `${MERGE_ARTICLE}
  WITH a
  CALL (a) {
    OPTIONAL MATCH (a)<-[old:SOURCED_FROM]-(f:Fact)
    WHERE $replace AND NOT f.id IN $rows.factIds
    DELETE old
    RETURN collect(DISTINCT f.id) AS dropped
  }
  CALL (a) {
    // From the article's own items: a status index seek would read every pending item of the queue.
    OPTIONAL MATCH (a)<-[:FROM_ARTICLE]-(r)
    WHERE $replace AND r.status = 'pending' AND NOT r.id IN $rows.reviewIds
    DETACH DELETE r
  }
  ${MERGE_ENTITIES}
  ${mergeFacts("isNew")}
  CALL (dropped) {
    UNWIND dropped AS id
    MATCH (f:Fact {id: id}) WHERE NOT (f)-[:SOURCED_FROM]->()
    OPTIONAL MATCH (f)-->(e:Entity {origin: 'import'})
    DETACH DELETE f
    WITH DISTINCT e WHERE e IS NOT NULL AND NOT (e)--()
    DELETE e
  }
  CALL (dropped) {
    MATCH (f:Fact) WHERE f.id IN $rows.factIds + dropped
    ${DERIVE_FROM_ALL_STATEMENTS}
  }
  ${MERGE_REVIEWS}
  RETURN created`;
