/** timeline(entity, from, to): the dated facts of an entity (or stated by an article), oldest first, undated last. */
import { PARTICIPANT_RELS, ref } from "./cypher-fragments.js";
import type { Reader } from "./reader.js";
import { readRowsWithSources, rowSourceColumns, type RowSources } from "./row-sources.js";
import { sourcePageOf } from "./sources.js";
import type { TimelineEntry } from "./types.js";

export interface TimelineArgs {
  entity: string;
  from?: string | null;
  to?: string | null;
}

/**
 * Starts at the entity (unique index seek) and walks its facts. Only the earliest source's quote
 * is needed per fact: the first of the order the writer keeps on the fact (one article seek),
 * or a top-1 by publication day, where sorting and collecting every quote read them all (a
 * popular fact has hundreds of sources). `include` adds each row's sources (row-sources.ts).
 */
export const timelineCypherWith = (include?: RowSources): string => `
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
  WITH f, day, reported, entities, ${sourcePageOf("f", "1")}[0][5] AS quote
  RETURN f.id AS fact, coalesce(f.disputed, false) AS disputed, toString(day) AS date, CASE WHEN reported THEN 'day' ELSE f.precision END AS precision, reported, f.type AS type, f.summary AS summary,
         quote, entities${rowSourceColumns("f", include)}
  ORDER BY day, f.id`;

export const timelineCypher = timelineCypherWith();

export function timeline(read: Reader, args: TimelineArgs, include?: RowSources) {
  const parameters = { entity: args.entity, from: args.from ?? null, to: args.to ?? null };
  return readRowsWithSources<TimelineEntry>(read, timelineCypherWith, parameters, include);
}
