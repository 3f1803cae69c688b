/** chairs(year, body, holder): a row per (body, holder, period). */
import neo4j from "neo4j-driver";
import { ref } from "./cypher-fragments.js";
import type { Reader } from "./reader.js";
import type { ChairRow } from "./types.js";

export interface ChairsArgs {
  year?: number | null;
  body?: string | null;
  holder?: string | null;
}

/**
 * Starts from the most selective known point (a body, a holder, or the year index) so that no
 * query scans every Chairmanship. A chair known by period (from/to) counts for every year it spans.
 */
export function chairsCypher(args: ChairsArgs): string {
  const inYear = `(f.year = $year OR (f.from IS NOT NULL AND f.from <= date({year: $year, month: 12, day: 31})
      AND coalesce(f.to, date('9999-12-31')) >= date({year: $year, month: 1, day: 1})))`;
  const start = args.body
    ? `MATCH (b:Entity {id: $body})<-[:OBJECT]-(f:Chairmanship)-[:SUBJECT]->(h:Entity)`
    : args.holder
      ? `MATCH (h:Entity {id: $holder})<-[:SUBJECT]-(f:Chairmanship)-[:OBJECT]->(b:Entity)`
      : args.year != null
        ? `CALL () {
             MATCH (f:Chairmanship) WHERE f.year = $year RETURN f
             UNION
             MATCH (f:Chairmanship) WHERE f.from <= date({year: $year, month: 12, day: 31})
               AND coalesce(f.to, date('9999-12-31')) >= date({year: $year, month: 1, day: 1}) RETURN f
           }
           MATCH (h:Entity)<-[:SUBJECT]-(f)-[:OBJECT]->(b:Entity)`
        : `MATCH (h:Entity)<-[:SUBJECT]-(f:Chairmanship)-[:OBJECT]->(b:Entity)`;
  const filters = [
    args.holder && args.body ? "h.id = $holder" : undefined,
    args.year != null ? inYear : undefined,
  ].filter(Boolean);
  return `${start}
    ${filters.length ? `WHERE ${filters.join(" AND ")}` : ""}
    RETURN f.id AS fact, f.year AS year, toString(f.from) AS from, toString(f.to) AS to,
           ${ref("b")} AS body, ${ref("h")} AS holder
    ORDER BY coalesce(f.year, f.from.year), b.name, h.name`;
}

export function chairs(read: Reader, args: ChairsArgs): Promise<ChairRow[]> {
  return read<ChairRow>(chairsCypher(args), {
    year: args.year == null ? null : neo4j.int(args.year),
    body: args.body ?? null,
    holder: args.holder ?? null,
  });
}
