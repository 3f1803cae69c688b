/**
 * connection(from, to, maxHops) and neighborhood(id, depth). In the stored graph a fact is a node
 * between its participants; a Subgraph shows each fact as an edge from its subject to its object
 * (typed by the fact type, carrying the fact id), so a "hop" is one fact or one structural link.
 */
import neo4j from "neo4j-driver";
import { PARTICIPANT_RELS, STRUCTURE_RELS, ref } from "./cypher-fragments.js";
import type { Reader } from "./reader.js";
import type { Edge, Ref, Subgraph } from "./types.js";

/** The most nodes a neighbourhood returns: a Land with all its municipalities would be thousands. */
export const NEIGHBORHOOD_NODE_LIMIT = 400;

const clamp = (value: number | null | undefined, low: number, high: number, fallback: number): number =>
  Math.min(Math.max(Math.trunc(value ?? fallback), low), high);

interface RawSubgraph {
  nodes: Ref[];
  facts: {
    id: string;
    type: string;
    year: number | null;
    summary: string;
    subject: string | null;
    object: string | null;
    proposer: string | null;
  }[];
  links: { source: string; target: string; type: string }[];
}

/** Facts become edges subject -> object (and proposer -"proposes"-> adopter); structural links stay edges. */
export function toSubgraph(raw: RawSubgraph): Subgraph {
  const present = new Set(raw.nodes.map((node) => node.id));
  const edges: Edge[] = [];
  for (const fact of raw.facts) {
    const pairs: [string | null, string | null, string][] = [
      [fact.subject, fact.object, fact.type],
      [fact.proposer, fact.subject, "proposes"],
    ];
    for (const [source, target, type] of pairs) {
      if (source && target && present.has(source) && present.has(target)) {
        edges.push({
          source,
          target,
          type,
          fact: fact.id,
          year: fact.year,
          summary: fact.summary,
        });
      }
    }
  }
  for (const link of raw.links) {
    if (present.has(link.source) && present.has(link.target)) {
      edges.push({ ...link, fact: null, year: null, summary: null });
    }
  }
  return { nodes: raw.nodes, edges };
}

/** Facts and structural links among a set of nodes, as RawSubgraph columns. */
const describe = (nodes: string, relationships: string): string => `
  WITH [n IN ${nodes} WHERE n:Entity] AS entities, [n IN ${nodes} WHERE n:Fact] AS facts, ${relationships} AS rels
  RETURN [e IN entities | ${ref("e")}] AS nodes,
    [f IN facts | {id: f.id, type: f.type, year: f.year, summary: f.summary,
      subject: head([(f)-[:SUBJECT]->(s) | s.id]), object: head([(f)-[:OBJECT]->(o) | o.id]),
      proposer: head([(f)-[:PROPOSER]->(p) | p.id])}] AS facts,
    [r IN rels WHERE type(r) IN ['PART_OF', 'IN_STATE', 'IN_COUNTY'] |
      {source: startNode(r).id, target: endNode(r).id, type: type(r)}] AS links`;

export function connectionCypher(maxHops: number): string {
  // A fact hop is two relationships (entity-fact-entity); the bound is a literal, validated above.
  return `
    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
    OPTIONAL MATCH p = shortestPath((a)-[:${PARTICIPANT_RELS}|${STRUCTURE_RELS}*..${maxHops * 2}]-(b))
    WITH CASE WHEN p IS NULL THEN [] ELSE nodes(p) END AS pathNodes,
         CASE WHEN p IS NULL THEN [] ELSE relationships(p) END AS pathRels
    ${describe("pathNodes", "pathRels")}`;
}

export async function connection(
  read: Reader,
  args: { from: string; to: string; maxHops?: number | null },
): Promise<Subgraph> {
  if (args.from === args.to) return neighborhood(read, { id: args.from, depth: 0 });
  const maxHops = clamp(args.maxHops, 1, 6, 4);
  const [raw] = await read<RawSubgraph>(connectionCypher(maxHops), { from: args.from, to: args.to });
  return raw ? toSubgraph(raw) : { nodes: [], edges: [] };
}

/**
 * Structural links are followed upwards only (municipality -> county -> Land), so a Land's
 * neighbourhood shows its actors and facts rather than hundreds of municipalities.
 */
export const neighborhoodCypher = `
  MATCH (c:Entity {id: $id})
  CALL apoc.path.subgraphAll(c, {
    relationshipFilter: '${PARTICIPANT_RELS}|PART_OF|IN_STATE>|IN_COUNTY>',
    labelFilter: '+Entity|+Fact',
    maxLevel: $levels,
    limit: $limit
  }) YIELD nodes, relationships
  ${describe("nodes", "relationships")}`;

/**
 * An article's neighbourhood: the article, the entities its facts name, each fact as an edge, and
 * a "cites" link from the article to every entity it names.
 */
export const articleNeighborhoodCypher = `
  MATCH (a:Article {id: $id})
  OPTIONAL MATCH (a)<-[:SOURCED_FROM]-(f:Fact)
  WITH a, collect(DISTINCT f)[..$limit] AS facts
  CALL (facts) {
    UNWIND facts AS f
    MATCH (f)-[:${PARTICIPANT_RELS}]->(e:Entity)
    RETURN collect(DISTINCT e) AS entities
  }
  RETURN [${ref("a")}] + [e IN entities | ${ref("e")}] AS nodes,
    [f IN facts | {id: f.id, type: f.type, year: f.year, summary: f.summary,
      subject: head([(f)-[:SUBJECT]->(s) | s.id]), object: head([(f)-[:OBJECT]->(o) | o.id]),
      proposer: head([(f)-[:PROPOSER]->(p) | p.id])}] AS facts,
    [e IN entities | {source: a.id, target: e.id, type: 'cites'}] AS links`;

export async function neighborhood(
  read: Reader,
  args: { id: string; depth?: number | null },
): Promise<Subgraph> {
  const depth = clamp(args.depth, 0, 3, 1);
  const [raw] = await read<RawSubgraph>(neighborhoodCypher, {
    id: args.id,
    levels: neo4j.int(depth * 2),
    limit: neo4j.int(NEIGHBORHOOD_NODE_LIMIT * 2),
  });
  if (raw) return toSubgraph(raw);
  // Not an entity: maybe an article.
  const [article] = await read<RawSubgraph>(articleNeighborhoodCypher, {
    id: args.id,
    limit: neo4j.int(NEIGHBORHOOD_NODE_LIMIT),
  });
  return article ? toSubgraph(article) : { nodes: [], edges: [] };
}
