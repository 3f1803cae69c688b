/** Plain result shapes of the first-class queries (GraphQL resolves them as they are). */
export interface Ref {
  id: string;
  name: string;
  type: string;
}

export interface Claim {
  date: string | null;
  from: string | null;
  to: string | null;
  precision: string | null;
  year: number | null;
  role: string | null;
  amount: number | null;
  count: number | null;
  confidence: number;
  extractor: string | null;
  unresolvedTime: string | null;
}

export interface Source {
  articleId: string;
  url: string | null;
  title: string;
  publishedAt: string | null;
  outlet: string | null;
  quote: string;
  curated: boolean;
  claim: Claim;
}

export interface ChairRow {
  fact: string;
  disputed: boolean;
  year: number | null;
  from: string | null;
  to: string | null;
  body: Ref;
  holder: Ref;
}

export interface OfficeRow {
  fact: string;
  disputed: boolean;
  person: Ref;
  role: string | null;
  organization: Ref;
  from: string | null;
  to: string | null;
  observed: string | null;
}

export interface TimelineEntry {
  fact: string;
  disputed: boolean;
  date: string | null;
  precision: string | null;
  /** True when `date` is the day the fact was first reported, because no source dates the fact itself. */
  reported: boolean;
  type: string;
  summary: string;
  quote: string | null;
  entities: Ref[];
}

export interface SearchHit {
  id: string;
  name: string;
  type: string;
  score: number;
  snippet: string | null;
}

export interface Edge {
  source: string;
  target: string;
  type: string;
  fact: string | null;
  year: number | null;
  summary: string | null;
}

export interface Subgraph {
  nodes: Ref[];
  edges: Edge[];
}
