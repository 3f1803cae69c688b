/**
 * Who uses a service, from the nominal a usage rule (usage-rules.ts) finds in a user's place:
 *   known actors                 "in Hessen und Bremen", "in Ländern wie Hessen und Bremen"
 *   an office of a place         "in den Bauaufsichtsbehörden der Stadt Leipzig" (authority-places.ts)
 *   a plural "Sie" after a list  "Zum Verbund gehören A, B und C. Sie nutzen X" (less sure)
 *   one of many                  "Lübeck ist eine von zehn Kommunen, die X nutzen"
 *   the examples of a group      "Zehn Kommunen nutzen X, darunter A und B" (participants.ts)
 *   the users counted            "452 Bauaufsichtsbehörden", "1700 der 2056 bayerischen Kommunen"
 *   local governments as a group "den Kommunen" (local-groups.ts)
 */
import type { Mention } from "../entities/mentions.js";
import { parseNumber } from "../entities/amounts.js";
import type { KnownEntity } from "../types.js";
import { placesOfAuthority } from "./authority-places.js";
import { PLURAL_FINITE } from "../parse/verb-forms.js";
import { BELONG_TO, type Clause } from "./clause.js";
import { localGroupAt } from "./local-groups.js";
import { listedAfter } from "./participants.js";

export interface User {
  entity?: KnownEntity;
  text: string;
  count?: number;
  /** Named only through a pronoun: less sure. */
  anaphor?: boolean;
}

/**
 * Users: known actors ("in Hessen und Bremen", "in Ländern wie Hessen und Bremen"), or the
 * plural noun that names them when the text counts them ("452 Bauaufsichtsbehörden").
 */
export function usersAt(clause: Clause, at: number): User[] {
  // "in den Bauaufsichtsbehörden der Stadt Leipzig und des Landkreises Mittelsachsen": the places.
  const owners = placesOfAuthority(clause, at);
  if (owners.length > 0) return owners.flatMap((i) => usersAt(clause, i));
  // "Zu dem Verbund gehören die Städte A, B und C. Sie haben sich für X entschieden": a plural
  // "Sie" opening a sentence stands for the towns and counties the sentence before listed.
  const listed = clause.sentence.context.listedPlaces;
  if (listed && isPluralSie(clause, at))
    return listed.map((entity) => ({ entity, text: entity.name, anaphor: true }));
  // "Lübeck ist eine von zehn Kommunen, die X nutzen": the one, beside the ones counted.
  const one = oneOf(clause, at);
  if (one.length > 0) {
    const counted = clause.tokens[at]!.pos === "NOUN" ? countedUsers(clause, at) : [];
    return [...one.flatMap((i) => usersAt(clause, i)), ...counted];
  }
  return countedUsers(clause, at);
}

const ONE = /^(eine|einer|eines|einem|einen)$/i;

/** "Sie" as the subject of a verb in the plural, opening its sentence. */
function isPluralSie(clause: Clause, at: number): boolean {
  const token = clause.tokens[at]!;
  if (token.word !== "Sie" || at !== 0 || !/^nsubj/.test(token.dep)) return false;
  const verb = clause.tokens[token.head];
  const finite = [verb, ...clause.children(token.head, /^aux/)].find((t) => t && t.index === 1);
  return finite !== undefined && PLURAL_FINITE.test(finite.word);
}

/**
 * The subject of "X ist eine von N ...", for the predicate's word or a noun under it ("eine von
 * zehn Kommunen", "eine von 129 in Deutschland": the relative clause's noun before its comma);
 * the subject of "A und B gehören zu den ersten Kommunen, die ...", for the group noun.
 */
function oneOf(clause: Clause, at: number): number[] {
  let index = at;
  for (let step = 0; step < 3 && index >= 0; step += 1) {
    const token = clause.tokens[index]!;
    if (ONE.test(token.word) && clause.children(index, /^cop$/).length > 0)
      return clause.arguments(index, /^nsubj$/);
    const head = clause.tokens[token.head];
    if (head && /^obl/.test(token.dep) && BELONG_TO.test(head.word) && clause.hasCase(index, "zu"))
      return clause.arguments(head.index, /^nsubj$/);
    if (!/^nmod/.test(token.dep)) break;
    index = token.head;
  }
  return [];
}

/** Nouns of a share of a whole: "zwei Drittel der Gemeinden", "die Hälfte der Kreise". */
const SHARE = /^(Prozent|Drittel|Viertel|Fünftel|Zehntel|Hälfte|Mehrheit|Großteil)$/;

/** Users a nominal names: known actors, the examples or names it lists, or the counted noun itself. */
function countedUsers(clause: Clause, at: number): User[] {
  // "1700 der 2056 bayerischen Kommunen": the number heads the phrase of what it counts.
  const counted = clause.tokens[at]!.pos === "NUM" ? clause.children(at, /^nmod/)[0] : undefined;
  const index = counted?.index ?? at;
  const actor = clause.actorAt(index);
  const token = clause.tokens[index]!;
  // The parser may hang the number elsewhere ("über 270 Ausländerbehörden"): then the count the text writes before the noun.
  // "zwei Drittel der Gemeinden", "40 Prozent der Kommunen": a share counts no users; the group it
  // is a share of uses the service.
  if (SHARE.test(token.word)) {
    const whole = clause
      .children(index, /^nmod/)
      .find((t) => clause.children(t.index, /^case$/).length === 0);
    const group = whole ? localGroupAt(clause, whole.index) : undefined;
    return group ? [{ text: group.name }] : [];
  }
  const number = counted ? clause.tokens[at] : clause.children(index, /^nummod$/)[0];
  const written = clause.sentence.counts.find((c) => c.unit === token.word)?.value;
  const count = number ? parseNumber(number.word) : written;
  const withCount = count !== undefined && Number.isInteger(count) ? { count } : {};
  // "eine von 129 in Deutschland": the country is where, not the Bund as a user.
  if (actor && /^Deutschland/.test(actor.text)) return [];
  if (actor) {
    if (actor.entity.type === "Project") return [];
    // "in unserem Bundesland im Landkreis A und in der Stadt B": the places listed beside the one
    // a place noun's phrase names.
    const listed = clause.mentionAt(index)
      ? []
      : clause
          .children(index, /^nmod/)
          .filter((t) => clause.actorAt(t.index)?.entity.id === actor.entity.id)
          .flatMap((t) => clause.withConjuncts(t.index).slice(1))
          .map((i) => clause.actorAt(i))
          .filter((m): m is Mention => m !== undefined && m.entity.type !== "Project");
    return [actor, ...listed].map((m, i) => ({
      entity: m.entity,
      text: m.text,
      ...(i === 0 ? withCount : {}),
    }));
  }
  const examples = clause
    .children(index, /^nmod/)
    .filter((t) => clause.hasCase(t.index, "wie"))
    .flatMap((t) => clause.withConjuncts(t.index))
    .map((i) => clause.actorAt(i))
    .filter((m) => m !== undefined);
  if (examples.length > 0) return examples.map((m) => ({ entity: m.entity, text: m.text }));
  // "Zehn Kommunen nutzen X, darunter A und B": the examples a "darunter" lists.
  const among = listedAfter(clause, index);
  if (among.length > 0) return among.map(({ entity }) => ({ entity, text: entity.name }));
  // "Die Landkreise A, B und C": the users a plural noun names after it.
  const named = clause
    .children(index, /^(appos|flat)$/)
    .flatMap((t) => clause.withConjuncts(t.index))
    .map((i) => clause.actorAt(i))
    .filter((m) => m !== undefined && m.entity.type !== "Project");
  if (named.length > 0) return named.map((m) => ({ entity: m!.entity, text: m!.text }));
  if (token.pos !== "NOUN" || token.ner !== "O") return [];
  // "von 15.000 Bürgerinnen und Bürgern genutzt", "von den Hamburger Bürgerinnen und Bürgern": the
  // people of both forms are one group of users, counted or not.
  const pair = pairedForm(clause, index);
  if (pair)
    return [{ text: `${clause.phrase(index, 4).replace(/^[\d.,]+\s+/, "")} und ${pair}`, ...withCount }];
  // "den Kommunen zur Verfügung gestellt": local governments as a group, uncounted (local-groups.ts).
  if (count === undefined) {
    const group = localGroupAt(clause, index);
    return group ? [{ text: group.name }] : [];
  }
  return [{ text: clause.phrase(index, 4).replace(/^[\d.,]+\s+/, ""), ...withCount }];
}

/** People named in both forms: "Bürgerinnen und Bürgern" -> "Bürger" (in the nominative), for people nouns only. */
const PEOPLE_FORM = /^(Bürger|Einwohner|Nutzer|Antragsteller|Unternehmer)innen$/;
function pairedForm(clause: Clause, index: number): string | undefined {
  const stem = PEOPLE_FORM.exec(clause.tokens[index]!.word)?.[1];
  if (!stem) return undefined;
  const joined = clause.children(index, /^conj$/).some((t) => t.word === stem || t.word === `${stem}n`);
  return joined ? stem : undefined;
}

/**
 * The users of several phrases of one verb. "In Baden-Württemberg ist X bei 435 Kommunen im
 * Einsatz", "In Hessen nutzen 200 Kommunen X": a Land named with "in" (among the phrases or on
 * the verb) beside users named only as a group is where that group is ("Kommunen in
 * Baden-Württemberg"), not a user of its own.
 */
export function usersOf(clause: Clause, phrases: number[], verb: number): User[] {
  const found = phrases.map((at) => ({ at, users: usersAt(clause, at) }));
  const groups = found.flatMap((f) => f.users).filter((u) => u.entity === undefined);
  const isLand = (at: number) =>
    clause.hasCase(at, "in", "im") && clause.actorAt(at)?.entity.type === "State";
  const lands = [
    ...phrases,
    ...clause
      .children(verb, /^obl/)
      .map((t) => t.index)
      .filter((i) => !phrases.includes(i)),
  ].filter(isLand);
  if (lands.length !== 1 || groups.length === 0) return found.flatMap((f) => f.users);
  const where = clause.actorAt(lands[0]!)!.text;
  return found
    .filter((f) => f.at !== lands[0])
    .flatMap((f) => f.users)
    .map((u) => (u.entity || / in /.test(u.text) ? u : { ...u, text: `${u.text} in ${where}` }));
}
