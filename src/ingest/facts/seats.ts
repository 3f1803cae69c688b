/**
 * A seat in a parliament is a membership, not an office: "die SPD-Bundestagsabgeordnete X",
 * "die frühere Landtagsabgeordnete X", "die Abgeordnete X" of the Bundestag make X a member of the
 * Bundestag or of the Land's Landtag.
 * The office rules find the seat and its parliament; here it becomes memberOf.
 */
import type { Fact } from "../../model/fact.js";
import { RULE_OF } from "./build.js";

const SEAT = /^(\p{L}+-)?((Bundestags|Landtags)abgeordnete|Abgeordnete)[rn]?$/u;
const PARLIAMENT = /^(bundestag|landtag-[a-z]+)$/;

export function seatsAsMemberships(facts: Fact[]): Fact[] {
  return facts.map((fact) => {
    if (fact.type !== "holdsOffice" || !SEAT.test(fact.role ?? "") || !PARLIAMENT.test(fact.object?.id ?? ""))
      return fact;
    const { role: _seat, ...rest } = fact;
    const membership: Fact = { ...rest, type: "memberOf" };
    RULE_OF.set(membership, `memberOf:seat/${RULE_OF.get(fact) ?? "office"}`);
    return membership;
  });
}
