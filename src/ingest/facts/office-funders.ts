/**
 * "Innenministerin Daniela Behrens überreichte der Stadt Oldenburg einen Förderbescheid": a
 * minister who hands over the money funds nothing of her own; the Land, the Bund or the
 * organisation whose office she holds in the item funds (as certain as that office). A person the
 * item gives no such office funds nothing, nor does one who holds a seat only ("wie der
 * CDU-Landtagsabgeordnete X informiert": the parliament pays no grant).
 */
import type { EntityRef, Fact } from "../../model/fact.js";
import { RULE_OF } from "./build.js";
import { isSeat } from "./seats.js";

const FUNDING_OWNER = /^(State|Federation|Organization)$/;

export function officeFunders(facts: Fact[]): Fact[] {
  const ownerOf = new Map<string, { owner: EntityRef; confidence: number }>();
  for (const fact of facts)
    if (fact.type === "holdsOffice" && fact.object && FUNDING_OWNER.test(fact.object.type) && !isSeat(fact))
      if (!ownerOf.has(fact.subject.id))
        ownerOf.set(fact.subject.id, { owner: fact.object, confidence: fact.confidence });
  return facts.flatMap((fact) => {
    if (fact.type !== "funds" || fact.subject.type !== "Person") return [fact];
    const office = ownerOf.get(fact.subject.id);
    if (!office || office.owner.id === fact.object?.id) return [];
    // The funder is as certain as the office it is read from.
    const funded = {
      ...fact,
      subject: office.owner,
      confidence: Math.min(fact.confidence, office.confidence),
    };
    RULE_OF.set(funded, RULE_OF.get(fact)!);
    return [funded];
  });
}
