/**
 * An organisation the reference data does not know, named by the abbreviation the item introduced
 * ("Kommunales Rechenzentrum Niederrhein (KRZN)" ... "Verbandsvorsteher des KRZN"), is named by
 * its full name: one entity for both ways of naming it.
 */
import type { EntityRef, Fact } from "../../model/fact.js";
import { slugify } from "../../model/ids.js";
import { nominative } from "./office-names.js";
import { baseForm } from "./relation-rules.js";

/** "Kommunales Rechenzentrum Niederrhein (KRZN)", "Koordinierungsstelle für IT-Standards (KoSIT)". */
const INTRODUCED =
  /((?:\p{Lu}[\p{L}-]*|für|und|der|des|die)(?:\s+(?:\p{Lu}[\p{L}-]*|für|und|der|des|die)){0,5})\s+\((\p{Lu}[\p{L}\d.-]{1,9})\)/gu;
const CONNECTOR = /^(für|und|der|des|die|Die|Der|Das|Den|Dem|Des|Ein|Eine|Einer|Eines)$/;

/** The full names the text introduces its abbreviations with. */
export function introducedNames(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const match of text.matchAll(INTRODUCED)) {
    const words = match[1]!.split(/\s+/);
    const abbreviation = match[2]!;
    // The name starts with the abbreviation's first letter, at a capitalised word.
    let first = words.findIndex((w) => w[0] === abbreviation[0] && !CONNECTOR.test(w));
    if (first < 0) continue;
    // ("Verbandsvorsteher des Kommunalen ...": the longest run that starts with that letter.)
    while (first > 0 && words[first - 1]![0] === abbreviation[0] && !CONNECTOR.test(words[first - 1]!))
      first -= 1;
    const name = nominativeName(words.slice(first));
    if (name.split(" ").length >= 2 && abbreviates(abbreviation, name) && !names.has(abbreviation))
      names.set(abbreviation, name);
  }
  return names;
}

/**
 * Whether the abbreviation's capitals are letters of the name in their order ("KRZN": Kommunales
 * RechenZentrum Niederrhein); a party after a person's name is none ("Christian Gaebler (SPD)").
 */
function abbreviates(abbreviation: string, name: string): boolean {
  if (PARTY.test(abbreviation)) return false;
  const letters = name.toLowerCase();
  let at = 0;
  for (const capital of abbreviation.replace(/[^\p{Lu}]/gu, "").toLowerCase()) {
    at = letters.indexOf(capital, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}
const PARTY = /^(SPD|CDU|CSU|FDP|AfD|BSW|FW|ÖDP|PDS)$/;

/** "des Kommunalen Rechenzentrums Niederrhein" -> "Kommunales Rechenzentrum Niederrhein". */
function nominativeName(words: string[]): string {
  if (words.length >= 3 && /en$/.test(words[0]!) && /[^s]s$/.test(words[1]!))
    return [baseForm(`${words[0]!} ${words[1]!}`), ...words.slice(2)].join(" ");
  return nominative(words.join(" "));
}

/** Facts whose new organisations named by an introduced abbreviation take the full name. */
export function withIntroducedNames(facts: Fact[], text: string, isKnown: (id: string) => boolean): Fact[] {
  const names = introducedNames(text);
  if (names.size === 0) return facts;
  const named = (ref: EntityRef): EntityRef => {
    const full = ref.type === "Organization" && !isKnown(ref.id) ? names.get(ref.name) : undefined;
    return full ? { id: slugify(full), name: full, type: ref.type } : ref;
  };
  return facts.map((fact) => {
    const subject = named(fact.subject);
    const object = fact.object && named(fact.object);
    if (subject === fact.subject && object === fact.object) return fact;
    return { ...fact, subject, ...(object ? { object } : {}) };
  });
}
