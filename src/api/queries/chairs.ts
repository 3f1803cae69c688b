/** chairs(year, body, holder): a row per (body, holder, period). */
import neo4j from "neo4j-driver";
import { ref } from "./cypher-fragments.js";
import type { Reader } from "./reader.js";
import { readRowsWithSources, rowSourceColumns, type RowSources } from "./row-sources.js";
import type { ChairRow } from "./types.js";

export interface ChairsArgs {
  year?: number | null;
  body?: string | null;
  holder?: string | null;
}

const YEAR_START = "date({year: $year, month: 1, day: 1})";
const YEAR_END = "date({year: $year, month: 12, day: 31})";

/** A chair known by period (from/to) counts for every year it spans; an open end runs on. */
const IN_YEAR = `(f.year = $year OR (f.from IS NOT NULL AND f.from <= ${YEAR_END}
      AND coalesce(f.to, date('9999-12-31')) >= ${YEAR_START}))`;

/**
 * The chairs of a year, as two index seeks instead of one OR (which no index answers): by
 * `year` (chairmanship_year), and by the start of the period (chairmanship_from, a range seek on
 * the chairs that began by the end of the year), whose end is then checked. Together they are
 * exactly IN_YEAR; UNION drops a chair found by both.
 */
const CHAIRS_OF_YEAR = `CALL () {
      MATCH (f:Chairmanship) WHERE f.year = $year RETURN f
      UNION
      MATCH (f:Chairmanship) WHERE f.from <= ${YEAR_END}
        AND coalesce(f.to, date('9999-12-31')) >= ${YEAR_START} RETURN f
    }
    MATCH (h:Entity)<-[:SUBJECT]-(f)-[:OBJECT]->(b:Entity)`;

/**
 * Starts from the most selective known point (a body, a holder, or the year's chairs) so that no
 * query scans every Chairmanship. `include` adds each row's sources (row-sources.ts).
 */
export function chairsCypher(args: ChairsArgs, include?: RowSources): string {
  const start = args.body
    ? `MATCH (b:Entity {id: $body})<-[:OBJECT]-(f:Chairmanship)-[:SUBJECT]->(h:Entity)`
    : args.holder
      ? `MATCH (h:Entity {id: $holder})<-[:SUBJECT]-(f:Chairmanship)-[:OBJECT]->(b:Entity)`
      : args.year != null
        ? CHAIRS_OF_YEAR
        : `MATCH (h:Entity)<-[:SUBJECT]-(f:Chairmanship)-[:OBJECT]->(b:Entity)`;
  const filters = [
    args.holder && args.body ? "h.id = $holder" : undefined,
    args.year != null && (args.body || args.holder) ? IN_YEAR : undefined,
  ].filter(Boolean);
  return `${start}
    ${filters.length ? `WHERE ${filters.join(" AND ")}` : ""}
    RETURN f.id AS fact, coalesce(f.disputed, false) AS disputed, f.year AS year, toString(f.from) AS from, toString(f.to) AS to,
           ${ref("b")} AS body, ${ref("h")} AS holder${rowSourceColumns("f", include)}
    ORDER BY coalesce(f.year, f.from.year), b.name, h.name`;
}

export function chairs(read: Reader, args: ChairsArgs, include?: RowSources) {
  const parameters = {
    year: args.year == null ? null : neo4j.int(args.year),
    body: args.body ?? null,
    holder: args.holder ?? null,
  };
  return readRowsWithSources<ChairRow>(read, (include) => chairsCypher(args, include), parameters, include);
}
