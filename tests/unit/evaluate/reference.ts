/** A small hand-made reference for the scorer's tests: two Länder, the Bund, two bodies, one person. */
import type { ReferenceData } from "../../../src/ingest/types.js";
import type { EntityRef, Fact } from "../../../src/model/fact.js";
import { NameResolver } from "../../../src/evaluate/name-resolver.js";

export const smallReference: ReferenceData = {
  states: [
    { id: "DE-HE", name: "Hessen", aliases: [], agsPrefix: "06", adjectives: ["hessisch"] },
    {
      id: "DE-SH",
      name: "Schleswig-Holstein",
      aliases: [],
      agsPrefix: "01",
      adjectives: ["schleswig-holsteinisch"],
    },
  ],
  federation: [{ id: "DE", name: "Bund", aliases: ["Bundesrepublik Deutschland"] }],
  organizations: [
    { id: "dataport", name: "Dataport", aliases: [], kind: "agency" },
    {
      id: "it-planungsrat",
      name: "IT-Planungsrat",
      aliases: ["Planungsrat für die IT-Zusammenarbeit"],
      kind: "body",
    },
  ],
  people: [{ id: "markus-richter", name: "Markus Richter", aliases: ["Dr. Markus Richter"] }],
  projects: [],
  counties: [],
  municipalities: [],
};

export function smallResolver(): NameResolver {
  return NameResolver.fromReference(smallReference);
}

const person = (name: string): EntityRef => ({
  id: name.toLowerCase().replace(/\W+/g, "-"),
  name,
  type: "Person",
});
const org = (id: string, name: string): EntityRef => ({ id, name, type: "Organization" });

/** A predicted fact with the fields the scorer reads. */
export function predicted(
  type: Fact["type"],
  subject: EntityRef | string,
  object?: EntityRef | string,
  extra: Partial<Fact> = {},
): Fact {
  const asRef = (value: EntityRef | string) => (typeof value === "string" ? person(value) : value);
  const fact: Fact = { type, subject: asRef(subject), quote: "…", confidence: 0.9, ...extra };
  if (object !== undefined) fact.object = asRef(object);
  return fact;
}

export const entities = {
  hessen: { id: "DE-HE", name: "Hessen", type: "State" } as EntityRef,
  bund: { id: "DE", name: "Bund", type: "Federation" } as EntityRef,
  dataport: org("dataport", "Dataport"),
  itPlanungsrat: org("it-planungsrat", "IT-Planungsrat"),
  person,
  org,
};
