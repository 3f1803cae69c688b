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
