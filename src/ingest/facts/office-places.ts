/**
 * Whose town's or county's office a role is: the place in the holder's parenthesis ("Landrat
 * Joachim Walter (CDU, Landkreis Tübingen)", "Dieter Blume (Bürgermeister Petershagen)"), after
 * his name and comma in a list ("Dr. Ulf Kämpfer, Kiel;"), else a town the sentence or the item
 * names. A Landrat is a county's, never a town's.
 */
import { inPersonsParenthesis, type Mention } from "../entities/mentions.js";
import { LANDRAT, TOWN_HEAD } from "../entities/people.js";
import type { View } from "../parse/view.js";
import type { KnownEntity } from "../types.js";
import type { Owner } from "./office-owners.js";

/** Offices of a town or county ("Oberbürgermeisterin", "Landrat", "Beigeordneter"); not Berlin's "Regierender". */
export const MUNICIPAL_ROLE = new RegExp(
  `${TOWN_HEAD.source}|^Verwaltungsbürgermeister(in)?$|^Beigeordnete[rn]?$|^(\\p{Lu}\\p{Ll}+)?[dD]ezernent(in)?$|^Kämmerer(in)?$`,
  "u",
);
/** Kind nouns of a place named by them ("der Verbandsgemeinde Nieder-Olm"). */
export const PLACE_KIND = /^(Verbandsgemeinde|Samtgemeinde|Gemeinde|Stadt|Markt|Amt|Kreisstadt)$/;

/** The town the sentence names as an actor ("Die Stadt Kaiserslautern hat ..."), not as a place ("in Köln"). */
export function namedTown(view: View): KnownEntity | undefined {
  return view.sentence.mentions.find((m) => {
    if (m.entity.type !== "Municipality" || m.form !== "name") return false;
    const first = view.tokens.findIndex((t) => t.start === m.start);
    return first >= 0 && !/^(in|im|nach|aus|bei|von|vom)$/i.test(view.tokens[first - 1]?.word ?? "");
  })?.entity;
}

/** Whether `at` lies in the first parenthesis after `from` (or just after it), with only a name between them. */
function inParenthesisAfter(from: number, at: number, view: View): boolean {
  const between = view.sentence.text.slice(from, at);
  // (or right after it: "Bürgermeister Ulrich Künz (CDU), Kirtorf"; or after a comma alone:
  // "Oberbürgermeister Dr. Ulf Kämpfer, Kiel; Oberbürgermeisterin Sibylle Keupen, Aachen")
  return /^[\p{L}.\s-]{0,40}(\(([^()]*|[^()]*\),\s*)|,\s*)$/u.test(between);
}

/**
 * The towns and counties a sentence names, not as where something happens ("in Hannover"); a
 * county's or town's seat of administration is where its head works ("im Landratsamt Würzburg",
 * "im Rathaus Ulm").
 */
function namedPlaces(view: View): Mention[] {
  return view.sentence.mentions.filter(
    (m) =>
      (m.entity.type === "Municipality" || m.entity.type === "County") &&
      m.form === "name" &&
      (SEAT_NAMED.test(m.text) ||
        SEAT_BEFORE.test(view.sentence.text.slice(Math.max(0, m.start - 16), m.start)) ||
        !/\b(in|im)\s+$/.test(view.sentence.text.slice(Math.max(0, m.start - 4), m.start))),
  );
}

/** A county's or town's seat of administration, by its name: "Landratsamt Würzburg", "Rathaus Ulm". */
const SEAT = "(Landratsamt|Kreisverwaltung|Kreishaus|Rathaus)";
/** The seat's noun opening the mention, or right before it. */
const SEAT_NAMED = new RegExp(String.raw`^${SEAT}\s`);
const SEAT_BEFORE = new RegExp(String.raw`\b${SEAT}\s+$`);

/**
 * "Landrat Joachim Walter (CDU, Landkreis Tübingen)": the place in the holder's parenthesis; not
 * one after a place the role names ("Bürgermeister der Stadt Melle (Landkreis Osnabrück)": the
 * parenthesis says where the town lies).
 */
function placeInParenthesis(places: Mention[], roleEnd: number, view: View): Mention | undefined {
  return places.find(
    (m) =>
      inParenthesisAfter(roleEnd, m.start, view) &&
      !places.some((other) => other.start >= roleEnd && other.end <= m.start),
  );
}

/** "Landrat Thomas Bold (Bad Kissingen)": a Landrat's is the county the town gives its name to. */
function countyOf(
  place: KnownEntity,
  roleWord: string,
  byId: (id: string) => KnownEntity | undefined,
): KnownEntity {
  return (place.namesakeCounty && LANDRAT.test(roleWord) ? byId(place.namesakeCounty) : undefined) ?? place;
}

/**
 * A Landrat's or mayor's place in the holder's parenthesis or in the parenthesis with the office
 * ("Verbandsvorsteher Dieter Blume (Bürgermeister Petershagen)"), named with the role.
 */
export function placeOfHead(
  role: number,
  roleWord: string,
  view: View,
  byId: (id: string) => KnownEntity | undefined,
): Owner | undefined {
  if (!TOWN_HEAD.test(roleWord)) return undefined;
  const end = view.tokens[role]!.end;
  const inside =
    view.tokens[role - 1]?.word === "("
      ? namedPlaces(view).find(
          (m) =>
            m.start >= end && /^\s*(Stadt\s+|Gemeinde\s+)?$/.test(view.sentence.text.slice(end, m.start)),
        )
      : undefined;
  const own = (inside ?? placeInParenthesis(namedPlaces(view), end, view))?.entity;
  return own ? { entity: countyOf(own, roleWord, byId), from: "named", penalty: 0.1 } : undefined;
}

/**
 * A town's or county's office named without its place: the place in the holder's parenthesis,
 * else a town the sentence names (not another person's), else the place the item named last.
 * `null`: the role has no owner (its place is one the register does not know); undefined: none
 * found here.
 */
export function municipalOwner(
  role: number,
  roleWord: string,
  bracketed: boolean,
  view: View,
  byId: (id: string) => KnownEntity | undefined,
): Owner | null | undefined {
  // "Landrätin in Greiz": a place the role names that the gazetteer cannot tell is no other town's.
  // So is one the role names by a kind noun ("Bürgermeister der Verbandsgemeinde Nieder-Olm").
  const ownPlace = view
    .children(role, /^nmod/)
    .some(
      (t) =>
        !view.mentionAt(t.index) &&
        ((t.pos === "PROPN" &&
          view.children(t.index, /^case$/).some((c) => /^(in|von|aus)$/i.test(c.word))) ||
          PLACE_KIND.test(t.word)),
    );
  if (ownPlace) return null;
  // Not where something takes place ("Bei der Hauptversammlung ... in Hannover wurde
  // Oberbürgermeister Wolfram Leibe ..."): a town the role names itself was read before.
  const towns = namedPlaces(view);
  const own = placeInParenthesis(towns, view.tokens[role]!.end, view);
  // A place in the holder's parenthesis the register does not know is no other town's.
  if (!own && bracketed) return null;
  // (Not the town another person's parenthesis names: "Baaß (SPD), Viernheim, ... Peter Lange".)
  const town = own ?? towns.find((m) => !inPersonsParenthesis(m, view.sentence.mentions, view.sentence.text));
  // An item that names the heads of several towns (an association's election) gives a head named
  // without a town none of them: "Oberbürgermeister Markus Lewe" is not the host town's.
  const severalTowns = (view.sentence.context.headedPlaces?.length ?? 0) >= 2;
  const place = town
    ? countyOf(town.entity, roleWord, byId)
    : severalTowns && TOWN_HEAD.test(roleWord)
      ? undefined
      : view.sentence.context.lastPlace;
  // A Landrat is a county's, never a town's ("Jahrestagung ... in Saarbrücken ... Landrat Sager").
  if (place && LANDRAT.test(roleWord) && place.type === "Municipality") return null;
  return place ? { entity: place, from: "context", penalty: town ? 0.1 : 0.15 } : undefined;
}

/**
 * A county or town named by its kind alone: "des Landkreises", "des Kreises", "der Stadt"; and a
 * unit of a town's or county's administration, named by its task alone: "des Hauptamts".
 */
const KIND_OF_PLACE: [RegExp, KnownEntity["type"][]][] = [
  [
    /^(Landkreis|Landkreises|Kreis|Kreises|Landratsamt|Landratsamts|Landratsamtes|Kreisverwaltung)$/,
    ["County"],
  ],
  [/^(Stadt|Gemeinde)$/, ["Municipality"]],
  [
    /^(Haupt|Ordnungs|Bürger|Standes|Personal|Rechts|Bau|Bauordnungs|Hochbau|Tiefbau|Sozial|Jugend|Schul|Kultur|Umwelt|Stadtplanungs|Liegenschafts)amt(e?s)?$/,
    ["Municipality", "County"],
  ],
];

/**
 * "Sabine Griebsch, CDO des Landkreises", "Georg Schnüttgen, Leiter des Hauptamts": a role whose
 * genitive is a county's or town's kind noun (or a unit of its administration) without a name is
 * an office of the one of that kind named last, in the sentence before the role or, failing that,
 * in the item so far; of no other owner (null) where none of that kind was named.
 */
export function placeByKind(role: number, view: View): Owner | null | undefined {
  const genitives = view
    .children(role, /^nmod$/)
    .filter(
      (t) => t.index > role && view.children(t.index, /^case$/).length === 0 && !view.mentionAt(t.index),
    );
  const unit = genitives.find((t) => TOWN_UNIT.test(t.word));
  if (unit) return unitOfPlaceBefore(role, view);
  const noun = genitives.find((t) => view.children(t.index, /^(appos|flat)$/).length === 0);
  const types = noun && KIND_OF_PLACE.find(([kind]) => kind.test(noun.word))?.[1];
  if (!types) return undefined;
  const last = placeNamedBefore(role, view, types) ?? view.sentence.context.lastPlace;
  return last && types.includes(last.type) ? { entity: last, from: "context", penalty: 0.15 } : null;
}

/** The place of one of `types` the sentence named last before the role (not by an anaphor). */
function placeNamedBefore(role: number, view: View, types: KnownEntity["type"][]): KnownEntity | undefined {
  return view.sentence.mentions
    .filter((m) => types.includes(m.entity.type) && m.form !== "anaphor" && m.end <= view.tokens[role]!.start)
    .pop()?.entity;
}

/** Units a county or town names with their remit ("Stabsstelle Digitalisierung", "Fachdienst IT"); a Land's ministry has them too. */
const TOWN_UNIT = /^(Stabsstelle|Fachdienst(e?s)?|Fachbereich(e?s)?|Sachgebiet(e?s)?)$/;

/**
 * "Der Landkreis X geht das an, wie Ralf Laumer, Leiter der Stabsstelle Digitalisierung,
 * erläutert": a unit named by its remit alone is of the county or town the sentence named before
 * the role; without one it is left to the other readings (a ministry has such units too).
 */
function unitOfPlaceBefore(role: number, view: View): Owner | undefined {
  const place = placeNamedBefore(role, view, ["County", "Municipality"]);
  return place ? { entity: place, from: "context", penalty: 0.15 } : undefined;
}
