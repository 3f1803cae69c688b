/** A line of a subgraph: a fact from its subject to its object, or a structural link. Shared by the API client, the view and the CSV export. */
export interface Edge {
  source: string;
  target: string;
  type: string;
  fact: string | null;
  year: number | null;
  summary: string | null;
}
