/**
 * The generator's nodes and relationships in the shapes of src/model/graph-shapes.ts, and the
 * rows that fill them. The transactions (generate-cypher.ts) SET these shapes and the CSV files
 * (offline/dataset-files.ts) have them as columns, so both write the same graph from the same rows.
 * Everything generated carries `generated: true`.
 */
import {
  aliasText,
  ARTICLE_SHAPE,
  CITED_SHAPE,
  ENTITY_SHAPE,
  FACT_SHAPE,
  STATEMENT_SHAPE,
} from "../model/graph-shapes.js";
import type { ArticleRow, CitationRow } from "./articles.js";
import { OFFERS_SERVICE, type AvailabilityRow } from "./availability.js";
import { chairSpan, type BodyRow, type ChairRow } from "./bodies.js";
import type { DayRow } from "./calendar.js";
import { withCitations, type CitedBy } from "./index-citations.js";
import type { PersonRow, TenureRow } from "./offices.js";
import type { OzgService } from "./ozg-catalogue.js";
import { GENERATED_EXTRACTOR } from "./version.js";

const GENERATED = { generated: "boolean" } as const;

export const YEAR_SHAPE = { value: "long", ...GENERATED } as const;
export const DAY_SHAPE = { date: "date", ...GENERATED } as const;
export const SERVICE_SHAPE = {
  kind: "string",
  ...ENTITY_SHAPE,
  number: "long",
  topic: "string",
  lifeEvent: "string",
  ...GENERATED,
} as const;
export const BODY_SHAPE = { kind: "string", ...ENTITY_SHAPE, ...GENERATED } as const;
export const PERSON_SHAPE = { ...ENTITY_SHAPE, ...GENERATED } as const;

/** A generated fact (a tenure, a chair): the fact shape, and what its citations make of it. */
export const FACT_NODE_SHAPE = { ...FACT_SHAPE, ...GENERATED, ...CITED_SHAPE } as const;
/** An availability fact also says in which status and since when. */
export const AVAILABILITY_SHAPE = { ...FACT_NODE_SHAPE, status: "string", since: "date" } as const;
export const ARTICLE_NODE_SHAPE = { ...ARTICLE_SHAPE, ...GENERATED } as const;
/** A citation: the statement shape, with the article's date copied as the article writer does. */
export const CITATION_SHAPE = { ...STATEMENT_SHAPE, publishedAt: "date" } as const;

export const yearRow = (year: { id: string; value: number }) => ({ ...year, generated: true });
export const dayRow = (day: DayRow) => ({ ...day, date: day.id, generated: true });

/** A generated entity has no aliases: its search text is its name (the one rule of graph-shapes.ts). */
const entity = <T extends { name: string }>(row: T) => ({
  ...row,
  aliases: [],
  aliasText: aliasText([row.name], []),
  generated: true,
});
export const serviceRow = (service: OzgService) => entity({ ...service, kind: "ozg-service" });
export const bodyRow = (body: BodyRow) => entity({ ...body, kind: "body" });
export const personRow = (person: PersonRow) => entity(person);

const fact = <T extends { id: string }>(index: ReadonlyMap<string, CitedBy>, row: T) => ({
  ...withCitations(index, row),
  confidence: 1,
  generated: true,
});
export const tenureRow = (index: ReadonlyMap<string, CitedBy>, t: TenureRow) =>
  fact(index, { ...t, type: "holdsOffice", precision: "day" });
export const chairRow = (index: ReadonlyMap<string, CitedBy>, c: ChairRow) =>
  fact(index, { ...c, ...chairSpan(c.year), type: "chairs", precision: "year" });
export const availabilityRow = (index: ReadonlyMap<string, CitedBy>, a: AvailabilityRow) =>
  fact(index, { ...a, date: a.since, type: OFFERS_SERVICE, precision: "day" });

export const articleRow = (article: ArticleRow) => ({ ...article, undated: false, generated: true });

/** A citation as a statement: its claim, the quote, and who stated it (always certain, never curated). */
export function citationRow(citation: CitationRow, article: ArticleRow) {
  return {
    fact: citation.fact,
    ...citation.claim,
    quote: citation.quote,
    confidence: 1,
    curated: false,
    extractor: GENERATED_EXTRACTOR,
    publishedAt: article.publishedAt,
  };
}
