/** search(text, limit): German full-text search over entity names and aliases, and article text. */
import neo4j from "neo4j-driver";
import type { Reader } from "./reader.js";
import type { SearchHit } from "./types.js";

/** Entities are what people look for; an article must match much better to rank above one. */
const ENTITY_BOOST = 2;

export const LARGEST_SEARCH_PAGE = 50;

/** Longer words are cut: no name is that long, and Lucene refuses very long terms. */
export const LONGEST_SEARCH_WORD = 64;

/**
 * Lucene query text from what a user typed: each word matches as a whole (analysed, so German
 * inflections meet their stem) or as a prefix (suggestions while typing). Lucene syntax in the
 * input is never interpreted: only letters and digits reach Lucene, in lower case, so "AND",
 * "OR" and "NOT" are words like any other (the German analyser lower-cases the index as well).
 */
export function luceneQuery(text: string): string | null {
  const words = text
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8)
    .map((word) => word.slice(0, LONGEST_SEARCH_WORD).toLowerCase());
  if (words.length === 0) return null;
  return words.map((word) => `(${word} OR ${word}*)`).join(" AND ");
}

export const searchCypher = `
  CALL () {
    CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
    RETURN node.id AS id, node.name AS name, [l IN labels(node) WHERE l <> 'Entity'][0] AS type,
           score * $boost AS score,
           coalesce(node.officialName, node.kind, node.description) AS snippet
    UNION ALL
    CALL db.index.fulltext.queryNodes('article_text', $query, {limit: $limit}) YIELD node, score
    RETURN node.id AS id, node.title AS name, 'Article' AS type, score,
           toString(node.publishedAt) + ': ' + left(coalesce(node.text, node.title), 160) AS snippet
  }
  RETURN id, name, type, score, snippet
  ORDER BY score DESC, name
  LIMIT $limit`;

export async function search(
  read: Reader,
  args: { text: string; limit?: number | null },
): Promise<SearchHit[]> {
  const query = luceneQuery(args.text);
  if (!query) return [];
  return read<SearchHit>(searchCypher, { query, limit: neo4j.int(args.limit ?? 10), boost: ENTITY_BOOST });
}
