/**
 * The shape of one fact type's entry in the registry. Pure data (and a summary template), no
 * imports at run time: the server, the explorer and the tests all read it.
 */
import type { EntityType } from "../entity-types.js";

/** The participant relationships a fact node may have; SUBJECT is always there. */
export type Role = "SUBJECT" | "OBJECT" | "PROPOSER";

export interface RoleDefinition {
  /** The field the GraphQL type names this participant with ("holder", "body"). */
  field: string;
  /** The entity types it may be. */
  entities: readonly EntityType[];
}

/** Optional properties a fact type carries besides dates, confidence and quote (src/model/fact.ts). */
export type FactProperty = "role" | "text" | "amount" | "count" | "countUnit";

/** A fact's parts, already worded in English, that a summary template puts together. */
export interface SummaryParts {
  subject: string;
  /** The object's name, or "" when there is none. */
  object: string;
  /** " (2025)", " (from 2025-02-07)", " (2024-01-01 to 2025-12-31)" or "". */
  when: string;
  /** ": the text" when the fact has one, else "". */
  text: string;
  role?: string;
  /** "2.5 million EUR" */
  amount?: string;
  proposer?: string;
  count?: number;
  countUnit?: string;
}

export interface FactTypeDefinition {
  /** The fact's `type` in extraction, seed files and the API ("chairs"). */
  type: string;
  /** Its node label besides `Fact`, and its GraphQL type ("Chairmanship"). Never the plural of a first-class query. */
  label: string;
  /** One line for the docs and the SDL's description. */
  description: string;
  roles: { SUBJECT: RoleDefinition; OBJECT?: RoleDefinition; PROPOSER?: RoleDefinition };
  properties: readonly FactProperty[];
  /** How its id is built (src/model/ids.ts factId). */
  identity: {
    /** One fact however often and whenever reported (an office, a membership): no date in the id. */
    timeless: boolean;
    /** What besides subject and object tells two facts apart; `role` always does when present. */
    qualifier?: "text" | "countUnit";
  };
  /** The one-line English summary (src/model/summary.ts). */
  summary: (parts: SummaryParts) => string;
  labels: {
    en: string;
    /** The German label, and how the explorer words the English summary in German. */
    de: string;
    deSummary: { pattern: RegExp; replacement: string };
  };
  /** Line colour in the explorer's graph and timeline. */
  colour: `#${string}`;
  /** The FollowTheMoney interval schema and the properties its two ends fill (`govgraph export --format ftm`). */
  ftm?: { schema: string; subject: string; object: string };
}

/** Checks an entry against the shape while keeping its literal `type`. */
export function defineFactType<const Definition extends FactTypeDefinition>(
  definition: Definition,
): Definition {
  return definition;
}
