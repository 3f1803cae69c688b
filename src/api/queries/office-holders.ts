/** officeHolders(organization, role, at): who holds which role in an organisation. */
import { ref } from "./cypher-fragments.js";
import type { Reader } from "./reader.js";
import { readRowsWithSources, rowSourceColumns, type RowSources } from "./row-sources.js";
import type { OfficeRow } from "./types.js";

export interface OfficeHoldersArgs {
  organization: string;
  role?: string | null;
  at?: string | null;
}

/**
 * A tenure's period is [from, to]; an open end runs on. A tenure known only from one report
 * (no from/to, an observed day) holds for that day: `at` never stretches it further than the source.
 *
 * The tenures are found from the organisation (unique index seek, then its OBJECT facts). In one
 * MATCH the planner may instead scan every Tenure and hash-join them with those facts; the
 * subquery, planned with the organisation already bound, rules that out. `include` adds each
 * row's sources (row-sources.ts).
 */
export const officeHoldersCypherWith = (include?: RowSources): string => `
  MATCH (o:Entity {id: $organization})
  CALL (o) {
    MATCH (o)<-[:OBJECT]-(f:Tenure)
    RETURN f
  }
  MATCH (f)-[:SUBJECT]->(p:Entity)
  WHERE ($role IS NULL OR toLower(f.role) CONTAINS toLower($role))
    AND ($at IS NULL OR (
      coalesce(f.from, f.date) <= date($at)
      AND coalesce(f.to, CASE WHEN f.from IS NULL THEN f.date ELSE date('9999-12-31') END) >= date($at)))
  RETURN f.id AS fact, coalesce(f.disputed, false) AS disputed, ${ref("p")} AS person, f.role AS role, ${ref("o")} AS organization,
         toString(f.from) AS from, toString(f.to) AS to,
         CASE WHEN f.from IS NULL THEN toString(f.date) END AS observed${rowSourceColumns("f", include)}
  ORDER BY coalesce(f.from, f.date), p.name`;

export const officeHoldersCypher = officeHoldersCypherWith();

export function officeHolders(read: Reader, args: OfficeHoldersArgs, include?: RowSources) {
  const parameters = { organization: args.organization, role: args.role ?? null, at: args.at ?? null };
  return readRowsWithSources<OfficeRow>(read, officeHoldersCypherWith, parameters, include);
}
