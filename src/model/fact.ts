/**
 * A fact as the seed files and the importer produce it, before it is written to the graph.
 * This is also the JSON shape `govgraph extract --json` prints (one object per line).
 */
import { z } from "zod";
import { ENTITY_TYPES, FACT_TYPES } from "./vocabulary.js";

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "an ISO date YYYY-MM-DD");

export const entityRefSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
});
export type EntityRef = z.infer<typeof entityRefSchema>;

export const PRECISIONS = ["day", "month", "season", "year"] as const;
export type Precision = (typeof PRECISIONS)[number];

export const factSchema = z.object({
  type: z.enum(FACT_TYPES),
  /** The actor: holder of a chair, office holder, leader, funder, adopter, announcer; the service for usesService. */
  subject: entityRefSchema,
  /** The body, organisation, project or predecessor, where the fact type has one. */
  object: entityRefSchema.optional(),
  /** adopts: who proposed the resolution. */
  proposer: entityRefSchema.optional(),
  /** holdsOffice: the role ("CIO", "Digitalisierungsminister"). */
  role: z.string().optional(),
  /** adopts, announces, launches: what was adopted, announced or started, in the source's words. */
  text: z.string().optional(),
  /** funds: amount in EUR. */
  amount: z.number().nonnegative().optional(),
  /** usesService: how many use it, and who ("Ausländerbehörden"). */
  count: z.number().int().nonnegative().optional(),
  countUnit: z.string().optional(),
  /** The day, month, season or year the fact holds for, as an ISO date (first day of the period). */
  date: isoDate.optional(),
  precision: z.enum(PRECISIONS).optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  /**
   * A relative time the sentence gives ("im kommenden Jahr", "am 14. Mai") that cannot be
   * resolved because the article has no publication date; kept as written.
   */
  unresolvedTime: z.string().optional(),
  /** A period: the first and last day it holds (either may be unknown). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** The sentence that states the fact. */
  quote: z.string().min(1),
  confidence: z.number().min(0).max(1),
});
export type Fact = z.infer<typeof factSchema>;

export const articleSchema = z.object({
  /** Stable id: see articleId(). */
  id: z.string().min(1),
  url: z.string().optional(),
  title: z.string().min(1),
  /** Absent when the source shows no publication date (then `undated` is true). */
  publishedAt: isoDate.optional(),
  /** True when the source shows no publication date: its facts are dated only by the text. */
  undated: z.boolean().optional(),
  outlet: z.string().optional(),
  /** sha256 of the normalised text; an article imported again with the same hash changes nothing. */
  contentHash: z.string().min(1),
  /** The article text, kept in the database for full-text search (never in the repository). */
  text: z.string().optional(),
});
export type Article = z.infer<typeof articleSchema>;

/** One article with the facts it states: the unit of one write transaction. */
export interface ArticleFacts {
  article: Article;
  facts: Fact[];
}
