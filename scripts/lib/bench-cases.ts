/**
 * The first-class queries the API benchmark measures: each as a GraphQL operation and as the
 * same answer read through raw Cypher (the query modules the resolvers call, with the same
 * queries: a page of sources read with the rows, every source by a query of its own), so both
 * sides do the same work. Rows carry a
 * page of sources and their count, as a client shows them; one case asks for every source.
 */
import {
  chairs,
  connection,
  DEFAULT_MUNICIPALITY_PAGE,
  neighborhood,
  offeringMunicipalities,
  officeHolders,
  type Reader,
  search,
  serviceAvailabilitySummary,
  type RowSources,
  sourcesOfFacts,
  timeline,
} from "../../src/api/index.js";

export interface BenchCase {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  raw(read: Reader): Promise<unknown>;
}

const REF = "{ id }";
/** What a page of results shows: the oldest sources of each row and how many there are. */
const SOURCE_PAGE = 5;
const SOURCES = `sources(first: ${SOURCE_PAGE}) { articleId quote } sourceCount`;
const ALL_SOURCES = "sources { articleId quote }";
const SUBGRAPH = "{ nodes { id name type } edges { source target type fact } }";

/** Rows with every source of each, the way the GraphQL answer nests them (one more query). */
async function withAllSources<Row extends { fact: string }>(read: Reader, rows: Row[]) {
  const facts = [...new Set(rows.map((r) => r.fact))];
  if (facts.length === 0) return rows;
  const sources = await sourcesOfFacts(read, facts);
  const index = new Map(facts.map((fact, i) => [fact, i]));
  return rows.map((row) => ({ ...row, sources: sources[index.get(row.fact)!] }));
}

/** A page of sources and the count, read with the rows, as the resolvers do for SOURCES. */
const PAGE: RowSources = { first: SOURCE_PAGE, count: true };

export interface CaseArguments {
  body: string;
  organization: string;
  at: string;
  entity: string;
  text: string;
  from: string;
  to: string;
  around: string;
  service: string;
  state: string;
}

export function benchCases(a: CaseArguments): BenchCase[] {
  return [
    {
      name: "chairs(year: 2025)",
      query: `query ($year: Int) { chairs(year: $year) { fact year body ${REF} holder ${REF} ${SOURCES} } }`,
      variables: { year: 2025 },
      raw: (read) => chairs(read, { year: 2025 }, PAGE),
    },
    {
      name: "chairs(year: 2025), all sources",
      query: `query ($year: Int) { chairs(year: $year) { fact year body ${REF} holder ${REF} ${ALL_SOURCES} } }`,
      variables: { year: 2025 },
      raw: async (read) => withAllSources(read, await chairs(read, { year: 2025 })),
    },
    {
      name: "chairs(body)",
      query: `query ($body: ID) { chairs(body: $body) { fact year body ${REF} holder ${REF} ${SOURCES} } }`,
      variables: { body: a.body },
      raw: (read) => chairs(read, { body: a.body }, PAGE),
    },
    {
      name: "officeHolders(organization, at)",
      query: `query ($organization: ID!, $at: Date) { officeHolders(organization: $organization, at: $at) { fact role person ${REF} organization ${REF} ${SOURCES} } }`,
      variables: { organization: a.organization, at: a.at },
      raw: (read) => officeHolders(read, { organization: a.organization, at: a.at }, PAGE),
    },
    {
      name: "timeline(entity)",
      query: `query ($entity: ID!) { timeline(entity: $entity) { fact date type summary entities ${REF} ${SOURCES} } }`,
      variables: { entity: a.entity },
      raw: (read) => timeline(read, { entity: a.entity }, PAGE),
    },
    {
      name: "search(text)",
      query: `query ($text: String!) { search(text: $text) { id name type score } }`,
      variables: { text: a.text },
      raw: (read) => search(read, { text: a.text, limit: 10 }),
    },
    {
      name: "connection(from, to)",
      query: `query ($from: ID!, $to: ID!) { connection(from: $from, to: $to) ${SUBGRAPH} }`,
      variables: { from: a.from, to: a.to },
      raw: (read) => connection(read, { from: a.from, to: a.to, maxHops: 4 }),
    },
    {
      name: "neighborhood(id)",
      query: `query ($id: ID!) { neighborhood(id: $id) ${SUBGRAPH} }`,
      variables: { id: a.around },
      raw: (read) => neighborhood(read, { id: a.around, depth: 1 }),
    },
    {
      name: "serviceAvailability(service, state)",
      query: `query ($service: ID!, $state: ID) { serviceAvailability(service: $service, state: $state) {
        service ${REF} total municipalities { municipality ${REF} county ${REF} status since }
        perCounty { county ${REF} offering municipalities } } }`,
      variables: { service: a.service, state: a.state },
      raw: async (read) => {
        const args = { service: a.service, state: a.state };
        const summary = await serviceAvailabilitySummary(read, args);
        const municipalities =
          summary.total > 0
            ? await offeringMunicipalities(read, args, { limit: DEFAULT_MUNICIPALITY_PAGE, offset: 0 })
            : [];
        return { ...summary, municipalities };
      },
    },
  ];
}

const ID_KEYS = new Set(["id", "fact", "articleId", "source", "target"]);

/** Every id an answer names (entities, facts, articles, edge ends), as a sorted list. */
export function idsOf(value: unknown, into = new Set<string>()): string[] {
  if (Array.isArray(value)) for (const item of value) idsOf(item, into);
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (ID_KEYS.has(key) && typeof inner === "string") into.add(inner);
      else idsOf(inner, into);
    }
  }
  return [...into].sort();
}

/** Arguments that exist in every generated set. */
export async function readCaseArguments(read: Reader): Promise<CaseArguments> {
  const [body] = await read<{ id: string }>(
    "MATCH (o:Organization {kind: 'body'}) WHERE o.generated RETURN o.id AS id ORDER BY o.id LIMIT 1",
  );
  if (!body) throw new Error("no generated body: is the generated set loaded?");
  return {
    body: body.id,
    organization: "DE-SH",
    at: "2024-06-01",
    entity: "DE-SH",
    text: "Kiel",
    from: "DE-SH",
    to: "DE-HH",
    around: body.id,
    service: "ozg-leistung-001",
    state: "DE-SH",
  };
}
