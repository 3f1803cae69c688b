/**
 * Sources read with the rows they belong to. A client that shows rows shows a page of each row's
 * oldest sources and their count (`sources(first: 5) sourceCount`); read by the DataLoader, that
 * is a second query after the rows. Asked for in advance, the rows query itself returns each
 * row's page and count, so the answer costs Neo4j one query: on a busy database the fixed cost
 * of a query (its transaction, its round trip) is much of what a cheap answer costs.
 */
import neo4j from "neo4j-driver";
import type { Reader } from "./reader.js";
import { sourceCountOf, sourceOf, sourcePageOf, type SourceRow } from "./sources.js";
import type { Source } from "./types.js";

/** What to read with each row: a page of the oldest `first` sources (null: none), the count. */
export interface RowSources {
  first: number | null;
  count: boolean;
}

export const NO_ROW_SOURCES: RowSources = { first: null, count: false };

/** What a row carries when its sources were read with it. */
export interface SourcesReadWithRow {
  /** The oldest sources, at most `sourcePageSize` of them. */
  sourcePage?: Source[];
  sourcePageSize?: number;
  sourceCount?: number;
}

/** Extra RETURN columns for the fact bound to `f` (empty when nothing is asked for). */
export function rowSourceColumns(f: string, include: RowSources = NO_ROW_SOURCES): string {
  return [
    include.first !== null ? `, ${sourcePageOf(f)} AS sourcePage` : "",
    include.count ? `, ${sourceCountOf(f)} AS sourceCount` : "",
  ].join("");
}

/**
 * Runs a rows query whose RETURN ends with rowSourceColumns (`cypherWith` builds it for what is
 * asked for) and turns its source columns into sources.
 */
export async function readRowsWithSources<Row>(
  read: Reader,
  cypherWith: (include: RowSources) => string,
  parameters: Record<string, unknown>,
  include: RowSources = NO_ROW_SOURCES,
): Promise<(Row & SourcesReadWithRow)[]> {
  const first = include.first;
  if (first === null) return read<Row & SourcesReadWithRow>(cypherWith(include), parameters);
  const rows = await read<Row & { sourcePage: SourceRow[] }>(cypherWith(include), {
    ...parameters,
    first: neo4j.int(first),
  });
  return rows.map((row) => ({ ...row, sourcePage: row.sourcePage.map(sourceOf), sourcePageSize: first }));
}
