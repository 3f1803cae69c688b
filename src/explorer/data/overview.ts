/** What the start page shows: the newest facts with their sources, and how many entities of each type. */
import { request } from "./client.js";

export interface LatestFact {
  id: string;
  type: string;
  summary: string;
  lastCited: string | null;
  source: { id: string; title: string; url: string | null; publishedAt: string; quote: string } | null;
}

interface RawFact extends Omit<LatestFact, "source"> {
  sourcesConnection: {
    edges: { properties: { quote: string }; node: Omit<NonNullable<LatestFact["source"]>, "quote"> }[];
  };
}

export async function latestFacts(limit = 5): Promise<LatestFact[]> {
  const data = await request<{ facts: RawFact[] }>(
    // A literal limit: the API's cost rule prices a variable limit as the largest page.
    `query Latest { facts(sort: [{ lastCited: DESC }], limit: ${Math.trunc(limit)}) {
       id type summary lastCited
       sourcesConnection(first: 1, sort: [{ node: { publishedAt: DESC } }]) {
         edges { properties { ... on Citation { quote } } node { id title url publishedAt } } } } }`,
  );
  return data.facts.map(({ sourcesConnection, ...fact }) => {
    const edge = sourcesConnection.edges[0];
    return { ...fact, source: edge ? { ...edge.node, quote: edge.properties.quote } : null };
  });
}

/** Entity counts by type, from the generated connections' totalCount. */
export async function countsByType(): Promise<Record<string, number>> {
  const data = await request<Record<string, { totalCount: number }>>(
    `{ State: statesConnection { totalCount } Federation: federationsConnection { totalCount }
       County: countiesConnection { totalCount } Municipality: municipalitiesConnection { totalCount }
       Person: peopleConnection { totalCount } Organization: organizationsConnection { totalCount }
       Project: projectsConnection { totalCount } Article: articlesConnection { totalCount } }`,
  );
  return Object.fromEntries(Object.entries(data).map(([type, { totalCount }]) => [type, totalCount]));
}
