/** The sources of many facts in one query: what the per-request DataLoader batches into. */
import type { Reader } from "./reader.js";
import type { Source } from "./types.js";

export const sourcesCypher = `
  UNWIND $facts AS id
  MATCH (f:Fact {id: id})-[c:SOURCED_FROM]->(a:Article)
  WITH id, c, a ORDER BY a.publishedAt, a.id
  RETURN id, collect({articleId: a.id, url: a.url, title: a.title, publishedAt: toString(a.publishedAt),
    outlet: a.outlet, quote: c.quote, curated: coalesce(c.curated, false)}) AS sources`;

export async function sourcesOfFacts(read: Reader, factIds: readonly string[]): Promise<Source[][]> {
  const rows = await read<{ id: string; sources: Source[] }>(sourcesCypher, { facts: factIds });
  const byId = new Map(rows.map((row) => [row.id, row.sources]));
  return factIds.map((id) => byId.get(id) ?? []);
}
