/** An entity's stored properties, read through the generated @neo4j/graphql queries. */
import { request } from "./client.js";

/** Generated query name and the scalar fields worth showing, per entity type. */
const fieldsByType: Record<string, { query: string; fields: string[] }> = {
  State: { query: "states", fields: ["officialName", "capital", "agsPrefix", "wikidata", "aliases", "description"] },
  Federation: { query: "federations", fields: ["officialName", "wikidata", "aliases", "description"] },
  County: { query: "counties", fields: ["officialName", "kind", "wikidata", "aliases", "description"] },
  Municipality: {
    query: "municipalities",
    fields: ["officialName", "population", "areaKm2", "wikidata", "aliases", "description"],
  },
  Person: { query: "people", fields: ["honorific", "wikidata", "aliases", "description"] },
  Organization: { query: "organizations", fields: ["kind", "abbreviation", "wikidata", "aliases", "description"] },
  Project: { query: "projects", fields: ["kind", "topic", "wikidata", "aliases", "description"] },
  Article: { query: "articles", fields: ["title", "publishedAt", "outlet", "url"] },
};

export type PropertyValue = string | number | string[] | null;

/** The non-empty properties of an entity, in a stable order; empty when its type has none. */
export async function entityProperties(id: string, type: string): Promise<[string, PropertyValue][]> {
  const spec = fieldsByType[type];
  if (!spec) return [];
  const data = await request<Record<string, Record<string, PropertyValue>[]>>(
    `query Properties($id: ID!) { ${spec.query}(where: { id: { eq: $id } }, limit: 1) { ${spec.fields.join(" ")} } }`,
    { id },
  );
  const row = data[spec.query]?.[0];
  if (!row) return [];
  return spec.fields
    .map((field): [string, PropertyValue] => [field, row[field] ?? null])
    .filter(([, value]) => value !== null && value !== "" && !(Array.isArray(value) && value.length === 0));
}
