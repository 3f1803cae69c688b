/** The sources of a set of facts (with the quote each keeps), for the CSV export. */
import { request } from "./client.js";

export interface FactSource {
  title: string;
  url: string | null;
  publishedAt: string;
  quote: string;
}

interface Raw {
  facts: {
    id: string;
    sourcesConnection: { edges: { properties: { quote: string }; node: Omit<FactSource, "quote"> }[] };
  }[];
}

export async function factSources(ids: string[]): Promise<Map<string, FactSource[]>> {
  const found = new Map<string, FactSource[]>();
  // Pages of 50, with literal limits: the API's cost rule prices a variable limit as its largest page.
  for (let i = 0; i < ids.length; i += 50) {
    const page = ids.slice(i, i + 50);
    const data = await request<Raw>(
      `query Sources($ids: [ID!]!) { facts(where: { id: { in: $ids } }, limit: ${page.length}) {
         id sourcesConnection(first: 20) { edges { properties { ... on Citation { quote } } node { title url publishedAt } } } } }`,
      { ids: page },
    );
    for (const fact of data.facts)
      found.set(
        fact.id,
        fact.sourcesConnection.edges.map((edge) => ({ ...edge.node, quote: edge.properties.quote })),
      );
  }
  return found;
}
