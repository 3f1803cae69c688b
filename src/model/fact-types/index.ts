/**
 * The fact registry: every fact type, one module each, in the order lists and reports show them.
 * Adding a fact type is one module here plus its extraction rules (src/model/README.md).
 */
import { adopts } from "./adopts.js";
import { announces } from "./announces.js";
import { chairs } from "./chairs.js";
import type { FactTypeDefinition } from "./define.js";
import { funds } from "./funds.js";
import { holdsOffice } from "./holds-office.js";
import { launches } from "./launches.js";
import { leads } from "./leads.js";
import { memberOf } from "./member-of.js";
import { participatesIn } from "./participates-in.js";
import { succeeds } from "./succeeds.js";
import { usesService } from "./uses-service.js";

export const FACT_REGISTRY = {
  chairs,
  holdsOffice,
  leads,
  participatesIn,
  funds,
  adopts,
  launches,
  memberOf,
  succeeds,
  announces,
  usesService,
} as const satisfies { [Type in string]: FactTypeDefinition & { type: Type } };

export type FactType = keyof typeof FACT_REGISTRY;

export type { FactProperty, FactTypeDefinition, Role, RoleDefinition, SummaryParts } from "./define.js";

/** The registry's entries in order. */
export const FACT_DEFINITIONS: readonly FactTypeDefinition[] = Object.values(FACT_REGISTRY);

/** The entry of a fact type, or undefined for anything else (a structural link, a typo). */
export function factTypeDefinition(type: string): FactTypeDefinition | undefined {
  return Object.hasOwn(FACT_REGISTRY, type) ? FACT_REGISTRY[type as FactType] : undefined;
}
