/** A synthetic graph shaped like GovGraph's: Länder, bodies, people and projects, hubs and dated facts. */
import type { ViewEdge, ViewNode } from "../graph/graph-view.js";

const types = ["State", "Organization", "Person", "Person", "Project", "Project", "County", "Municipality"];
const facts = ["chairs", "holdsOffice", "leads", "participatesIn", "funds", "memberOf", "announces"];

/** A seeded PRNG (mulberry32), so every run draws the same graph. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticGraph(order: number, seed = 42): { nodes: ViewNode[]; edges: ViewEdge[] } {
  const next = random(seed);
  const nodes: ViewNode[] = [];
  const edges: ViewEdge[] = [];
  for (let i = 0; i < order; i++) {
    const type = i < 17 ? "State" : types[Math.floor(next() * types.length)]!;
    nodes.push({ id: `n${i}`, name: `${type} ${i}`, type });
  }
  // Preferential attachment: each new node links to one or two earlier ones, hubs gather links.
  const ends: string[] = ["n0"];
  for (let i = 1; i < order; i++) {
    const links = next() < 0.5 ? 1 : 2;
    for (let k = 0; k < links; k++) {
      const target = ends[Math.floor(next() * ends.length)]!;
      const year = next() < 0.85 ? 2015 + Math.floor(next() * 11) : null;
      edges.push({
        source: `n${i}`,
        target,
        type: facts[Math.floor(next() * facts.length)]!,
        fact: `f${i}-${k}`,
        year,
        summary: null,
      });
      ends.push(target, `n${i}`);
    }
  }
  return { nodes, edges };
}
