/**
 * The fact vocabulary of DESIGN.md, shared by the seed, the importer, the API and the tests.
 * Each fact type is stored as a node with the label `Fact` plus the label given here; labels
 * are chosen so that generated GraphQL query names never collide with first-class queries
 * (a type `Chair` would generate a query `chairs`).
 */
export const FACT_TYPES = [
  "chairs",
  "holdsOffice",
  "leads",
  "participatesIn",
  "funds",
  "adopts",
  "launches",
  "memberOf",
  "succeeds",
  "announces",
  "usesService",
] as const;
export type FactType = (typeof FACT_TYPES)[number];

export const FACT_LABEL: Record<FactType, string> = {
  chairs: "Chairmanship",
  holdsOffice: "Tenure",
  leads: "Lead",
  participatesIn: "Participation",
  funds: "Funding",
  adopts: "Resolution",
  launches: "Launch",
  memberOf: "Membership",
  succeeds: "Succession",
  announces: "Announcement",
  usesService: "ServiceUsage",
};

/** Entity types (node labels). Every entity node also carries the label `Entity`. */
export const ENTITY_TYPES = [
  "State",
  "Federation",
  "County",
  "Municipality",
  "Person",
  "Organization",
  "Project",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

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
