/**
 * Plain result shapes of the first-class queries (GraphQL resolves them as they are), generated
 * from schema/first-class.graphql by graphql-codegen (`npm run codegen`). A row's sources and
 * source count are resolved per row, so the queries' rows leave them out.
 */
import type * as Schema from "./generated/first-class.js";

type ResolvedPerRow = "sources" | "sourceCount";

export type Ref = Schema.Ref;
export type Claim = Schema.Claim;
export type Source = Schema.Source;
export type ChairRow = Omit<Schema.ChairRow, ResolvedPerRow>;
export type OfficeRow = Omit<Schema.OfficeRow, ResolvedPerRow>;
export type TimelineEntry = Omit<Schema.TimelineEntry, ResolvedPerRow>;
export type SearchHit = Schema.SearchHit;
export type Edge = Schema.Edge;
export type Subgraph = Schema.Subgraph;
