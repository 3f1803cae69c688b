/** timeline(entity, from, to): the dated facts of an entity (or stated by an article), oldest first, undated last. */
import { PARTICIPANT_RELS, ref } from "./cypher-fragments.js";
import type { Reader } from "./reader.js";
import type { TimelineEntry } from "./types.js";

export interface TimelineArgs {
  entity: string;
  from?: string | null;
  to?: string | null;
}

/**
 * Starts at the entity (unique index seek) and walks its facts. Only the earliest source's quote
 * is needed per fact: a top-1 by publication day reads each citation's article once and the
 * one quote it keeps, where sorting and collecting every quote read them all (a popular fact
 * has hundreds of sources).
 */
export const timelineCypher = `
  CALL () {
    MATCH (:Entity {id: $entity})<-[:${PARTICIPANT_RELS}]-(f:Fact) RETURN f
    UNION
    // An article's timeline is the facts it states.
    MATCH (:Article {id: $entity})<-[:SOURCED_FROM]-(f:Fact) RETURN f
  }
  WITH DISTINCT f, coalesce(f.date, f.from, CASE WHEN f.year IS NOT NULL THEN date({year: f.year}) END) AS held
  // A fact whose sources give no date of its own is placed on the day it was first reported.
  WITH f, coalesce(held, f.firstCited) AS day, held IS NULL AND f.firstCited IS NOT NULL AS reported
  WHERE ($from IS NULL OR day >= date($from)) AND ($to IS NULL OR day <= date($to))
  CALL (f) {
    MATCH (f)-[:${PARTICIPANT_RELS}]->(x:Entity)
    RETURN collect(DISTINCT ${ref("x")}) AS entities
  }
  CALL (f) {
    OPTIONAL MATCH (f)-[c:SOURCED_FROM]->(a:Article)
    WITH c, a ORDER BY a.publishedAt LIMIT 1
    RETURN c.quote AS quote
  }
  RETURN f.id AS fact, coalesce(f.disputed, false) AS disputed, toString(day) AS date, CASE WHEN reported THEN 'day' ELSE f.precision END AS precision, reported, f.type AS type, f.summary AS summary,
         quote, entities
  ORDER BY day, f.id`;

export function timeline(read: Reader, args: TimelineArgs): Promise<TimelineEntry[]> {
  return read<TimelineEntry>(timelineCypher, {
    entity: args.entity,
    from: args.from ?? null,
    to: args.to ?? null,
  });
}
