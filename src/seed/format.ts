/**
 * The format of the curated seed under seed/: reference entities (seed/reference/*.json) and
 * facts written down by hand from sourced news (seed/curated/*.json). Facts name entities by id;
 * the loader resolves them against the reference files.
 */
import { z } from "zod";
import { isoDate } from "../model/fact.js";
import { FACT_TYPES, ORGANIZATION_KINDS, PROJECT_KINDS } from "../model/vocabulary.js";

/** Where a reference file's facts come from. */
export const referenceSourceSchema = z.object({
  title: z.string(),
  url: z.string().optional(),
  retrieved: isoDate.optional(),
});

const entityBase = {
  id: z.string().min(1),
  name: z.string().min(1),
  /** Other names and inflected forms the news uses ("Freistaat Sachsen", "Sachsens", "des Freistaats Sachsen"). */
  aliases: z.array(z.string()).default([]),
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .optional(),
  description: z.string().optional(),
};

export const stateSchema = z.object({
  ...entityBase,
  id: z.string().regex(/^DE-[A-Z]{2}$/, "an ISO 3166-2 code such as DE-SN"),
  officialName: z.string(),
  /** The first two digits of every AGS in the Land. */
  agsPrefix: z.string().regex(/^\d{2}$/),
  capital: z.string(),
  /** Adjective stems as the news inflects them: "sächsisch" matches "sächsische", "sächsischen". */
  adjectives: z.array(z.string()).default([]),
});

export const federationSchema = z.object({
  ...entityBase,
  id: z.literal("DE"),
  officialName: z.string(),
});

export const organizationSchema = z.object({
  ...entityBase,
  kind: z.enum(ORGANIZATION_KINDS),
  abbreviation: z.string().optional(),
  /** The government or body it belongs to (a ministry's Land, say), by id. */
  partOf: z.string().optional(),
});

export const personSchema = z.object({
  ...entityBase,
  honorific: z.string().optional(),
});

export const projectSchema = z.object({
  ...entityBase,
  kind: z.enum(PROJECT_KINDS),
});

export const referenceFileSchema = z.object({
  source: z.array(referenceSourceSchema).min(1),
  states: z.array(stateSchema).default([]),
  federation: z.array(federationSchema).default([]),
  organizations: z.array(organizationSchema).default([]),
  people: z.array(personSchema).default([]),
  projects: z.array(projectSchema).default([]),
});
export type ReferenceFile = z.infer<typeof referenceFileSchema>;

export const curatedFactSchema = z.object({
  type: z.enum(FACT_TYPES),
  subject: z.string(),
  object: z.string().optional(),
  proposer: z.string().optional(),
  role: z.string().optional(),
  text: z.string().optional(),
  amount: z.number().optional(),
  count: z.number().int().optional(),
  countUnit: z.string().optional(),
  date: isoDate.optional(),
  precision: z.enum(["day", "month", "season", "year"]).optional(),
  year: z.number().int().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** The page's own sentence that states the fact, verbatim (German as published). */
  quote: z.string().trim().min(1),
  /** A curator's remark in the project's own words (why a date is a month's first day, say). */
  note: z.string().optional(),
});

export const curatedArticleSchema = z.object({
  /** The page's address: what identifies the article. */
  url: z.url({ protocol: /^https?$/ }),
  /** The page's own title. */
  title: z.string().min(1),
  outlet: z.string().optional(),
  /** Only when the page states its date; an undated page's facts keep their own dates. */
  publishedAt: isoDate.optional(),
  facts: z.array(curatedFactSchema),
});

export const curatedFileSchema = z.object({
  description: z.string(),
  articles: z.array(curatedArticleSchema),
});
export type CuratedFile = z.infer<typeof curatedFileSchema>;
export type CuratedArticle = z.infer<typeof curatedArticleSchema>;
export type CuratedFact = z.infer<typeof curatedFactSchema>;
