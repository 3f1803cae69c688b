/**
 * What each kind of node and relationship holds: its properties and their Neo4j types, and the
 * rule for the search text of an entity. Every writer takes its shapes from here (the article
 * writer in src/graph, the review queue through it, the seed, the register, the generator's
 * transactions and CSV files), as Cypher SET clauses (`setProperties`) or CSV columns and values
 * (`columnsOf`, `valuesOf`), so that a graph written one way is the graph written another way
 * (tests/integration/one-writer.test.ts compares them). A restore copies an export as it is.
 */

/** The property types of the graph, named as `neo4j-admin database import` names them. */
export type PropertyType = "string" | "long" | "double" | "boolean" | "date" | "string[]";

export type Shape = Readonly<Record<string, PropertyType>>;

/** Every entity: its name, other names, and the text the `entity_names` full-text index reads. */
export const ENTITY_SHAPE = { name: "string", aliases: "string[]", aliasText: "string" } as const;

/** A county or municipality of the register, besides ENTITY_SHAPE (a county also has a `kind`). */
export const REGION_SHAPE = {
  officialName: "string",
  officialSuffix: "string",
  population: "long",
  areaKm2: "double",
} as const;

/** An article. `undated` is true when its date is unknown (no `publishedAt`, docs/decisions.md §11). */
export const ARTICLE_SHAPE = {
  url: "string",
  title: "string",
  publishedAt: "date",
  undated: "boolean",
  outlet: "string",
  contentHash: "string",
  text: "string",
} as const;

/** What a source can claim of a fact, and what a fact holds once its statements agree. */
const CLAIM_SHAPE = {
  year: "long",
  precision: "string",
  date: "date",
  from: "date",
  to: "date",
  role: "string",
  text: "string",
  amount: "double",
  count: "long",
  countUnit: "string",
} as const;

/**
 * A statement: what one article claims about one fact, the properties of its SOURCED_FROM
 * (docs/decisions.md §15). `publishedAt` is a copy of the article's, so `publishedAt` is not
 * among the properties a writer passes: `setStatement` copies it from the article.
 */
export const STATEMENT_SHAPE = {
  quote: "string",
  ...CLAIM_SHAPE,
  unresolvedTime: "string",
  confidence: "double",
  curated: "boolean",
  extractor: "string",
} as const;

/**
 * A fact: its type and summary, and the values of its claims, derived from its statements
 * (dates, precision, confidence). The importer writes the claim of its first statement and then
 * derives the rest (src/graph/statements-cypher.ts).
 */
export const FACT_SHAPE = {
  type: "string",
  summary: "string",
  ...CLAIM_SHAPE,
  confidence: "double",
} as const;

/** What a fact's statements make of it besides its dates: kept on the fact for cheap reads. */
export const CITED_SHAPE = {
  firstCited: "date",
  lastCited: "date",
  oldestSources: "string[]",
  disputed: "boolean",
} as const;

/**
 * The search text of an entity: its names (name first, then an official name or abbreviation)
 * and its aliases, each once, joined by " | ". Every writer of entities uses this one rule.
 */
export function aliasText(names: readonly (string | null | undefined)[], aliases: readonly string[]): string {
  return [...new Set([...names, ...aliases].filter((name): name is string => Boolean(name)))].join(" | ");
}

/** A row's value as Cypher converts it to the property's type (JavaScript numbers arrive as floats). */
function cypherValue(type: PropertyType, expression: string): string {
  switch (type) {
    case "long":
      return `toInteger(${expression})`;
    case "double":
      return `toFloat(${expression})`;
    case "date":
      return `date(${expression})`;
    default:
      return expression;
  }
}

/**
 * `n.name = row.name, n.population = toInteger(row.population), ...`: every property of the
 * shape from the map `row`. A key the row lacks or holds as null removes the property, so the
 * clause states the whole shape, as `SET n = map` would.
 */
export function setProperties(variable: string, shape: Shape, row: string): string {
  return Object.entries(shape)
    .map(([key, type]) => `${variable}.${key} = ${cypherValue(type, `${row}.${key}`)}`)
    .join(", ");
}

/** The statement `s` of article `a`, from the claim map `claim`: STATEMENT_SHAPE plus the article's date. */
export function setStatement(statement: string, claim: string, article: string): string {
  return `${setProperties(statement, STATEMENT_SHAPE, claim)}, ${statement}.publishedAt = ${article}.publishedAt`;
}

/**
 * `n {.id, .title, publishedAt: toString(n.publishedAt), ...}`: a node's id and the properties of
 * a shape as a map, dates as ISO text, in the form the writers take them back.
 */
export function readProperties(variable: string, shape: Shape): string {
  const fields = Object.entries(shape).map(([key, type]) =>
    type === "date" ? `${key}: toString(${variable}.${key})` : `.${key}`,
  );
  return `${variable} {.id, ${fields.join(", ")}}`;
}

/** The CSV columns of a shape, for `neo4j-admin database import`. */
export function columnsOf(shape: Shape): { name: string; type: PropertyType }[] {
  return Object.entries(shape).map(([name, type]) => ({ name, type }));
}

/** A row's values in the order of `columnsOf(shape)`; a missing value is null (no property). */
export function valuesOf(shape: Shape, row: object): unknown[] {
  const values = row as Readonly<Record<string, unknown>>;
  return Object.keys(shape).map((key) => values[key] ?? null);
}
