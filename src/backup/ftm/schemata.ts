/**
 * How GovGraph's entities and facts map onto FollowTheMoney schemata. A fact becomes an interval
 * entity of its own (FtM's way to date a relation), its participants the schema's two ends.
 */
import { FACT_DEFINITIONS, type FactType } from "../../model/fact-types/index.js";

/** FtM schema of an entity, from its GovGraph label and (for organisations) its kind. */
export function entitySchema(type: string, kind: string | null): string {
  if (type === "Person") return "Person";
  if (type === "Project") return "Project";
  if (type === "Article") return "Article";
  if (type === "Organization")
    return kind === "company" ? "Company" : kind === "association" ? "Organization" : "PublicBody";
  return "PublicBody"; // State, Federation, County, Municipality: governments
}

export interface LinkSchema {
  schema: string;
  /** The FtM properties the fact's subject and object fill. */
  subject: string;
  object: string;
}

const UNKNOWN_LINK: LinkSchema = { schema: "UnknownLink", subject: "subject", object: "object" };

/** FtM interval schema per fact type (the registry's `ftm`); what FtM has no own schema for is an UnknownLink with a role. */
export const LINK_SCHEMAS = Object.fromEntries(
  FACT_DEFINITIONS.map((definition) => [definition.type, definition.ftm ?? UNKNOWN_LINK]),
) as Record<FactType, LinkSchema>;

/** The FtM property type of each property written, for the statement's prop_type column. */
export const PROP_TYPES: Record<string, string> = {
  name: "name",
  alias: "name",
  wikidataId: "identifier",
  sourceUrl: "url",
  publisher: "string",
  title: "string",
  publishedAt: "date",
  startDate: "date",
  endDate: "date",
  date: "date",
  role: "string",
  summary: "text",
  description: "text",
  amount: "number",
  currency: "string",
  subject: "entity",
  object: "entity",
  employee: "entity",
  employer: "entity",
  director: "entity",
  organization: "entity",
  member: "entity",
  successor: "entity",
  predecessor: "entity",
};
