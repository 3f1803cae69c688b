/** The GraphQL operations of the explorer and the shapes they return. */
import { request } from "./client.js";
import type { Edge } from "./edge.js";

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

export interface Ref {
  id: string;
  name: string;
  type: EntityType | string;
}

export interface Source {
  articleId: string;
  url: string | null;
  title: string;
  publishedAt: string | null;
  outlet: string | null;
  quote: string;
  curated: boolean;
}

export type { Edge };

export interface Subgraph {
  nodes: Ref[];
  edges: Edge[];
}

export interface SearchHit {
  id: string;
  name: string;
  type: string;
  score: number;
  snippet: string | null;
}

export interface TimelineEntry {
  fact: string;
  date: string | null;
  precision: string | null;
  type: string;
  summary: string;
  quote: string | null;
  entities: Ref[];
  sources: Source[];
}

export interface ChairRow {
  fact: string;
  year: number | null;
  from: string | null;
  to: string | null;
  body: Ref;
  holder: Ref;
}

export interface OfficeRow {
  fact: string;
  person: Ref;
  role: string | null;
  from: string | null;
  to: string | null;
  observed: string | null;
}

const source = "sources { articleId url title publishedAt outlet quote curated }";
const subgraph = "nodes { id name type } edges { source target type fact year summary }";

export async function search(text: string, limit = 8): Promise<SearchHit[]> {
  const data = await request<{ search: SearchHit[] }>(
    "query Search($text: String!, $limit: Int) { search(text: $text, limit: $limit) { id name type score snippet } }",
    { text, limit },
  );
  return data.search;
}

export async function neighborhood(id: string, depth = 1): Promise<Subgraph> {
  const data = await request<{ neighborhood: Subgraph }>(
    `query Neighborhood($id: ID!, $depth: Int) { neighborhood(id: $id, depth: $depth) { ${subgraph} } }`,
    { id, depth },
  );
  return data.neighborhood;
}

export async function connection(from: string, to: string, maxHops = 6): Promise<Subgraph> {
  const data = await request<{ connection: Subgraph }>(
    `query Connection($from: ID!, $to: ID!, $maxHops: Int) { connection(from: $from, to: $to, maxHops: $maxHops) { ${subgraph} } }`,
    { from, to, maxHops },
  );
  return data.connection;
}

export async function timeline(entity: string): Promise<TimelineEntry[]> {
  const data = await request<{ timeline: TimelineEntry[] }>(
    `query Timeline($entity: ID!) { timeline(entity: $entity) { fact date precision type summary quote entities { id name type } ${source} } }`,
    { entity },
  );
  return data.timeline;
}

export async function chairs(): Promise<ChairRow[]> {
  const data = await request<{ chairs: ChairRow[] }>(
    "{ chairs { fact year from to body { id name type } holder { id name type } } }",
  );
  return data.chairs;
}

export async function officeHolders(organization: string): Promise<OfficeRow[]> {
  const data = await request<{ officeHolders: OfficeRow[] }>(
    "query Offices($organization: ID!) { officeHolders(organization: $organization) { fact person { id name type } role from to observed } }",
    { organization },
  );
  return data.officeHolders;
}
