/**
 * One office named twice in an item, once in full and once by a shorter or inflected name, is one
 * office: the shorter name's fact goes; so does an organ read as a role beside the office held in
 * it ("Vorsitzende des Vitako-Vorstands" is no "Vitako-Vorstand" besides), and work for an
 * organisation without a role beside an office held there.
 */
import type { Fact } from "../../model/fact.js";
import { RULE_OF } from "./build.js";
import { initials } from "./offices.js";

/** A deputy's office is another office, not a more specific name of this one. */
const DEPUTY = /^(stellvertretende|kommissarische|amtierende|vize|ehren)/i;
/**
 * What "leitet", "an der Spitze" and "die Leitung übernehmen" name by "Leitung"; a ministry's
 * lead is its minister ("übernimmt das Ressort", "das von X geführte Ministerium").
 */
const HEAD =
  /^(\p{L}*leiter|\p{L}*leiterin|\p{L}*chef|\p{L}*chefin|präsident|präsidentin|vorsitzende|vorsitzender|direktor|direktorin|geschäftsführer|geschäftsführerin|vorsteher|vorsteherin|\p{L}*minister|\p{L}*ministerin|senator|senatorin)$/u;
const LEAD = "leitung";

/**
 * The role in lower case, adjectival nouns without their ending ("Bevollmächtigter",
 * "Bevollmächtigte", "Bevollmächtigten" are one role; so are "stellvertretender" and
 * "stellvertretende Ministerpräsident").
 */
function roleKey(role: string): string {
  return role
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/((?:gt|et|nd|lt)e)[rns]$/, "$1"))
    .join(" ");
}

/**
 * Whether `general` names the office `specific` names: "Minister" is "Digitalisierungsminister"
 * and "Minister für Digitales und Infrastruktur", "CDO" is "Chief Digital Officer", "Leitung" is
 * "Präsident", and two inflections of one role are one.
 */
function names(general: Fact, specific: Fact): boolean {
  const short = roleKey(general.role ?? "");
  const long = roleKey(specific.role ?? "");
  if (short === long) return false;
  const sameOwner = specific.object?.id === general.object?.id;
  return (
    long.endsWith(short) ||
    long.startsWith(`${short} `) ||
    (sameOwner && initials(specific.role ?? "") === general.role) ||
    (sameOwner && short === LEAD && HEAD.test(long.split(" ")[0] ?? ""))
  );
}

/** Two inflections of one role: the less confident goes, the later of two as confident. */
function inflectedTwice(fact: Fact, other: Fact, facts: Fact[]): boolean {
  if (fact.role === other.role || roleKey(fact.role ?? "") !== roleKey(other.role ?? "")) return false;
  if (fact.object?.id !== other.object?.id) return false;
  return (
    fact.confidence < other.confidence ||
    (fact.confidence === other.confidence && facts.indexOf(fact) > facts.indexOf(other))
  );
}

/** An organ of an organisation named as a role: "Vitako-Vorstand", "Verwaltungsrat". */
const ORGAN_ROLE = /(^|-)(vorstand|verwaltungsrat|aufsichtsrat|präsidium|beirat)$/;

/**
 * "Neue Vorsitzende des Vitako-Vorstands ist B": the organ is where the office is held, no second
 * office beside it from the same sentence at the same organisation.
 */
function organOfOther(fact: Fact, other: Fact): boolean {
  return (
    ORGAN_ROLE.test(roleKey(fact.role ?? "")) &&
    !ORGAN_ROLE.test(roleKey(other.role ?? "")) &&
    other.object?.id === fact.object?.id &&
    other.quote === fact.quote
  );
}

/**
 * "Zimmermann ist seit 1998 für den Deutschen Städte- und Gemeindebund tätig und seit 2012
 * stellvertretender Hauptgeschäftsführer": work for an organisation without a role
 * ("Tätigkeit") is no office beside one the item names there.
 */
function workBesideOffice(fact: Fact, other: Fact): boolean {
  return fact.role === "Tätigkeit" && other.object?.id === fact.object?.id;
}

/**
 * "Minister Jan Philipp Albrecht" after "Digitalisierungsminister Jan Philipp Albrecht": one office,
 * the specific one; "Martina Klement, CDO des Landes Berlin" after "Chief Digital Officer ... des
 * Landes Berlin, Martina Klement": one office, by its full name.
 */
export function dropGenericRoles(facts: Fact[]): Fact[] {
  return facts.filter(
    (fact) =>
      fact.type !== "holdsOffice" ||
      !facts.some(
        (other) =>
          other !== fact &&
          other.type === "holdsOffice" &&
          other.subject.id === fact.subject.id &&
          other.role !== fact.role &&
          (!DEPUTY.test(other.role ?? "") || workBesideOffice(fact, other)) &&
          // (Not one whose organisation the sentence names apart: "Senatspräsident" of Bremen is no
          // "Präsident des Bundesrates".)
          (other.object?.id === fact.object?.id || !RULE_OF.get(fact)?.endsWith("/named")) &&
          (names(fact, other) ||
            inflectedTwice(fact, other, facts) ||
            organOfOther(fact, other) ||
            workBesideOffice(fact, other)),
      ),
  );
}
