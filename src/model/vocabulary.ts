/**
 * The vocabulary of DESIGN.md, shared by the seed, the importer, the API and the tests. The fact
 * types come from the fact registry (src/model/fact-types/): each is stored as a node with the
 * label `Fact` plus its registry label, chosen so that generated GraphQL query names never collide
 * with first-class queries (a type `Chair` would generate a query `chairs`).
 */
import { ENTITY_TYPES, type EntityType } from "./entity-types.js";
import { FACT_REGISTRY, type FactType } from "./fact-types/index.js";

export type { FactType };

export const FACT_TYPES = Object.keys(FACT_REGISTRY) as [FactType, ...FactType[]];

export const FACT_LABEL = Object.fromEntries(FACT_TYPES.map((type) => [type, FACT_REGISTRY[type].label])) as {
  readonly [Type in FactType]: (typeof FACT_REGISTRY)[Type]["label"];
};

export { ENTITY_TYPES, type EntityType };

/** Every label the `Ref.type` of the API can name. */
export type RefType = EntityType | "Article" | "Day" | "Year" | "Fact";

export function isFactType(value: string): value is FactType {
  return (FACT_TYPES as readonly string[]).includes(value);
}

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

/** Organization.kind values. */
export const ORGANIZATION_KINDS = [
  "body", // conference, council, board: IT-Planungsrat, D16, Bildungs-MK, Normenkontrollrat
  "ministry",
  "agency", // public institution: FITKO, a Landesamt, an Ausländerbehörde
  "association", // Deutscher Landkreistag, Vitako
  "company", // IT service providers, vendors
  "authority", // a city or county administration acting as itself
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Project.kind values. */
export const PROJECT_KINDS = [
  "ozg-service",
  "platform",
  "programme",
  "strategy",
  "law",
  "initiative",
] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
