/**
 * A seat in a parliament is a membership, not an office: "die SPD-Bundestagsabgeordnete X",
 * "die frühere Landtagsabgeordnete X", "die Abgeordnete X" of the Bundestag make X a member of the
 * Bundestag or of the Land's Landtag.
 * A county's "Kreistagsabgeordnete" holds a seat in that county's Kreistag ("die
 * Kreistagsabgeordnete X aus dem Landkreis Oberhavel": a member of the Kreistag Oberhavel).
 * The office rules find the seat and its parliament or county; here it becomes memberOf.
 */
import type { Fact } from "../../model/fact.js";
import { ref, RULE_OF } from "./build.js";
import { countyCouncil } from "./local-councils.js";

const SEAT = /^(\p{L}+-)?((Bundestags|Landtags)abgeordnete|Abgeordnete)[rn]?$/u;
const PARLIAMENT = /^(bundestag|landtag-[a-z]+)$/;
const COUNTY_SEAT = /^(\p{L}+-)?Kreistagsabgeordnete[rn]?$/u;

/** Whether an office fact is a seat: in a parliament, or in a county's Kreistag. */
export function isSeat(fact: Fact): boolean {
  if (fact.type !== "holdsOffice" || !fact.object) return false;
  const county = fact.object.type === "County" && COUNTY_SEAT.test(fact.role ?? "");
  return county || (SEAT.test(fact.role ?? "") && PARLIAMENT.test(fact.object.id));
}

export function seatsAsMemberships(facts: Fact[]): Fact[] {
  return facts.map((fact) => {
    if (!isSeat(fact) || !fact.object) return fact;
    const county = fact.object.type === "County";
    const { role: _seat, ...rest } = fact;
    const object = county ? ref(countyCouncil(fact.object)) : fact.object;
    const membership: Fact = { ...rest, type: "memberOf", object };
    RULE_OF.set(membership, `memberOf:seat/${RULE_OF.get(fact) ?? "office"}`);
    return membership;
  });
}
