/**
 * The GraphQL operations of the explorer. The shapes they return are generated from the API's
 * schema by graphql-codegen (`npm run codegen` writes ./generated/operations.ts), never restated.
 */
import { request } from "./client.js";
import type { Edge } from "./edge.js";
import type {
  ChairsQuery,
  ChairsQueryVariables,
  ConnectionQuery,
  ConnectionQueryVariables,
  NeighborhoodQuery,
  NeighborhoodQueryVariables,
  OfficesQuery,
  OfficesQueryVariables,
  SearchQuery,
  SearchQueryVariables,
  TimelineQuery,
  TimelineQueryVariables,
} from "./generated/operations.js";

export type EntityType =
  | "State"
  | "Federation"
  | "County"
  | "Municipality"
  | "Person"
  | "Organization"
  | "Project"
  | "Article"
  | "Day"
  | "Year";

export type { Edge };
export type Subgraph = NeighborhoodQuery["neighborhood"];
export type Ref = Subgraph["nodes"][number];
export type SearchHit = SearchQuery["search"][number];
export type TimelineEntry = TimelineQuery["timeline"][number];
export type Source = TimelineEntry["sources"][number];
export type ChairRow = ChairsQuery["chairs"][number];
export type OfficeRow = OfficesQuery["officeHolders"][number];

export async function search(text: string, limit = 8): Promise<SearchHit[]> {
  const data = await request<SearchQuery, SearchQueryVariables>(
    /* GraphQL */ `
      query Search($text: String!, $limit: Int) {
        search(text: $text, limit: $limit) { id name type score snippet }
      }
    `,
    { text, limit },
  );
  return data.search;
}

export async function neighborhood(id: string, depth = 1): Promise<Subgraph> {
  const data = await request<NeighborhoodQuery, NeighborhoodQueryVariables>(
    /* GraphQL */ `
      query Neighborhood($id: ID!, $depth: Int) {
        neighborhood(id: $id, depth: $depth) {
          nodes { id name type }
          edges { source target type fact year summary }
        }
      }
    `,
    { id, depth },
  );
  return data.neighborhood;
}

export async function connection(from: string, to: string, maxHops = 6): Promise<Subgraph> {
  const data = await request<ConnectionQuery, ConnectionQueryVariables>(
    /* GraphQL */ `
      query Connection($from: ID!, $to: ID!, $maxHops: Int) {
        connection(from: $from, to: $to, maxHops: $maxHops) {
          nodes { id name type }
          edges { source target type fact year summary }
        }
      }
    `,
    { from, to, maxHops },
  );
  return data.connection;
}

export async function timeline(entity: string): Promise<TimelineEntry[]> {
  const data = await request<TimelineQuery, TimelineQueryVariables>(
    /* GraphQL */ `
      query Timeline($entity: ID!) {
        timeline(entity: $entity) {
          fact date precision type summary quote
          entities { id name type }
          sources { articleId url title publishedAt outlet quote curated }
        }
      }
    `,
    { entity },
  );
  return data.timeline;
}

export async function chairs(): Promise<ChairRow[]> {
  const data = await request<ChairsQuery, ChairsQueryVariables>(
    /* GraphQL */ `
      query Chairs {
        chairs { fact year from to body { id name type } holder { id name type } }
      }
    `,
  );
  return data.chairs;
}

export async function officeHolders(organization: string): Promise<OfficeRow[]> {
  const data = await request<OfficesQuery, OfficesQueryVariables>(
    /* GraphQL */ `
      query Offices($organization: ID!) {
        officeHolders(organization: $organization) { fact person { id name type } role from to observed }
      }
    `,
    { organization },
  );
  return data.officeHolders;
}
