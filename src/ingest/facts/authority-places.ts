/**
 * An office of a place stands for the place: "die Ausländerbehörde des Landkreises Cham", "in den
 * unteren Bauaufsichtsbehörden der Stadt Leipzig und des Landkreises Mittelsachsen", "das
 * Bürgeramt in Kiel". The rules that look for who uses or takes part in a service read the
 * places through it.
 */
import type { Clause } from "./clause.js";

/** Nouns of a local or regional office: "Ausländerbehörde", "Bürgerämter", "Kreisverwaltung", "Bürgerbüro". */
const AUTHORITY_NOUN = /(behörde|behörden|amt|amtes|ämter|ämtern|verwaltung|verwaltungen|büro|büros)$/i;
const PLACE = /^(Municipality|County|State)$/;
/** How a place owns its office: in the genitive, or "in" / "von" the place. */
const OWNER_CASE = /^(in|im|von|vom)$/i;

/** The places an office noun at index belongs to (with their conjuncts), or none. */
export function placesOfAuthority(clause: Clause, index: number): number[] {
  const token = clause.tokens[index]!;
  if (token.pos !== "NOUN" || !AUTHORITY_NOUN.test(token.word) || clause.actorAt(index)) return [];
  return clause
    .children(index, /^nmod/)
    .filter((t) => clause.children(t.index, /^case$/).every((c) => OWNER_CASE.test(c.word)))
    .flatMap((t) => clause.withConjuncts(t.index))
    .filter((i) => PLACE.test(clause.actorAt(i)?.entity.type ?? ""));
}
