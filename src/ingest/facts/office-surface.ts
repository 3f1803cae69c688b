/**
 * A copula read from the word order where the parser misses it: "Neue CIO wird Anna Keller",
 * "Die neue Landes-CIO heißt Anna Keller", "Anna Keller, bislang Abteilungsleiterin im
 * Finanzministerium, wird neue CIO", "Dazwischen war Thomas Müller Bundesminister ...". The parser
 * often takes the name for the subject of a passive or hangs it on the role, so the rule asks only
 * that the role phrase and the name stand on either side of the copula, with nothing but articles
 * and adjectives (and, after the name, an apposition between commas) in between; a time, or a
 * predecessor ("als Nachfolger von X"), may stand between the copula and the role, and a relative
 * clause the copula closes speaks of the name before its pronoun ("X, der 2014 CIO wurde").
 */
import { isRoleWord } from "../entities/people.js";
import type { Mention } from "../entities/mentions.js";
import { NEGATION, type View } from "../parse/view.js";
import type { LinkRule } from "./office-rules.js";
import { beforeParenthesis, nameAt, phraseEndWithParenthesis, roleStart } from "./office-phrase.js";

/** A copula's forms, and "heißt" ("Die neue CIO heißt X"). */
export const COPULA = /^(ist|war|wird|wurde|bleibt|blieb|sei|heißt|hieß)$/;
const STARTS = /^(wird|wurde)$/;
const SUCCESSOR = /^(Nachfolger|Nachfolgerin)$/;
/** The part of a month a time opens with and no preposition: "Mitte Januar 2014". */
const PART = /^(Anfang|Mitte|Ende)$/;
const MODIFIER = /^(DET|ADJ)$/;
const YEAR = /^(19|20)\d\d$/;
const MONTH =
  /^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahresbeginn|Anfang)$/;

/**
 * The words of a preposition of time at `at`: one ("seit", "ab", "bis"), or two where the model
 * writes "im", "am", "zum" as "in dem", "an dem", "zu dem"; 0 where none stands there.
 */
function timePreposition(t: View["tokens"], at: number): number {
  if (/^(seit|ab|bis|zum|im|am)$/.test(t[at]?.word ?? "")) return 1;
  return /^(in|an|zu)$/.test(t[at]?.word ?? "") && t[at + 1]?.word === "dem" ? 2 : 0;
}

/** The index of the copula right after the role phrase, or right before it (over articles and adjectives). */
function copulaAround(role: number, view: View): { at: number; after: boolean } | undefined {
  const t = view.tokens;
  const end = phraseEndWithParenthesis(role, view);
  if (COPULA.test(t[end + 1]?.word ?? "")) return { at: end + 1, after: true };
  let at = overPredecessor(roleStart(role, view) - 1, view);
  while (at > 0 && MODIFIER.test(t[at]!.pos) && !NEGATION.test(t[at]!.word)) at -= 1;
  // "ist seit Mai 2024 Staatssekretärin": over a time between the copula and the role.
  const time = at;
  while (
    at > 0 &&
    (t[at]!.pos === "NUM" || MONTH.test(t[at]!.word) || PART.test(t[at]!.word)) &&
    time - at < 3
  )
    at -= 1;
  // ("wurde im Januar 2014 CIO": "im" written "in dem"; "wurde 2014 CIO": a year alone; "wurde
  // Mitte Januar 2014 CIO": a part of a month.)
  const opening = timePreposition(t, at) === 1 ? 1 : timePreposition(t, at - 1) === 2 ? 2 : 0;
  if (at < time && opening > 0) at -= opening;
  else if (!(at === time - 1 && YEAR.test(t[time]?.word ?? "")) && !(at < time && PART.test(t[at + 1]!.word)))
    at = time;
  if (COPULA.test(t[at]?.word ?? "")) return { at, after: false };
  return overPhrase(roleStart(role, view), view);
}

/**
 * The index before "als Nachfolger von Franz Josef Pschierer" ending at `at` ("wurde 2014 als
 * Nachfolger von X Bayern-CIO"): the predecessor named between the copula and the role; else `at`.
 */
function overPredecessor(at: number, view: View): number {
  const person = view.personAt(at);
  if (!person || person.end !== view.tokens[at]!.end) return at;
  const opening = predecessorOpening(person, view);
  return opening === undefined ? at : opening - 1;
}

/** The index of "als" in "als Nachfolger von X" before the person `person`, if it stands there. */
function predecessorOpening(person: Mention, view: View): number | undefined {
  const t = view.tokens;
  const first = t.findIndex((token) => token.start === person.start);
  const article = /^(von|des|der)$/.test(t[first - 1]?.word ?? "") ? first - 1 : -1;
  if (article < 2 || !SUCCESSOR.test(t[article - 1]!.word) || t[article - 2]!.word !== "als")
    return undefined;
  return article - 2;
}

/** Whether the person is named as a predecessor: "als Nachfolger von Franz Josef Pschierer". */
export function isPredecessorNamed(person: Mention, view: View): boolean {
  return predecessorOpening(person, view) !== undefined;
}

/**
 * "X wird in der Neuauflage der GroKo Staatsministerin": a prepositional phrase between the
 * copula and a bare role (no article: the predicate), ending in a noun that is no person.
 */
function overPhrase(start: number, view: View): { at: number; after: boolean } | undefined {
  const t = view.tokens;
  const last = t[start - 1];
  if (!last || !/^(NOUN|PROPN)$/.test(last.pos) || view.personAt(start - 1)) return undefined;
  for (let at = start - 2; at > 0 && start - at <= 8; at -= 1) {
    const token = t[at]!;
    if (token.pos === "PUNCT" || /^(VERB|AUX)$/.test(token.pos)) return undefined;
    if (token.pos === "ADP" && COPULA.test(t[at - 1]?.word ?? "")) return { at: at - 1, after: false };
  }
  return undefined;
}

/** A day of the week, a time of a name after the copula may follow ("ist seit Montag X"). */
const DAY = /^(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Jahresbeginn)$/;

/** The index after a time right at `at` ("seit Montag", "ab dem 1. Mai", "seit Mai 2024"), else `at`. */
function afterTime(at: number, view: View): number {
  const t = view.tokens;
  const opening = timePreposition(t, at);
  if (opening === 0) return at;
  let next = at + opening;
  while (
    t[next] &&
    next - at <= 4 &&
    (/^(DET|NUM|ADJ)$/.test(t[next]!.pos) ||
      MONTH.test(t[next]!.word) ||
      DAY.test(t[next]!.word) ||
      PART.test(t[next]!.word))
  )
    next += 1;
  return next > at + opening ? next : at;
}

/**
 * The index after "der Landrat" at `at` ("Neuer Präsident wird der Landrat Peter Maier"): an
 * article, adjectives and a role word before the name; else `at`.
 */
function afterRoleOfName(at: number, view: View): number {
  const t = view.tokens;
  if (t[at]?.pos !== "DET") return at;
  let next = at + 1;
  while (t[next]?.pos === "ADJ") next += 1;
  return t[next] && isRoleWord(t[next]!.word) && view.personAt(next + 1) ? next + 1 : at;
}

/** The person whose name ends right before `at`, over an apposition between commas and a party in parentheses. */
function personEndingBefore(at: number, view: View) {
  // "Dörte Schall (SPD) wird die neue Ministerin ...".
  let end = beforeParenthesis(at - 1, view);
  if (view.tokens[end]?.word === ",") {
    end -= 1;
    while (end > 0 && view.tokens[end]!.word !== "," && view.tokens[end]!.pos !== "VERB") end -= 1;
    if (view.tokens[end]?.word !== ",") return undefined;
    // "Karl-Heinz Schäfer (SPD), Pohlheim, wird Präsident": a party's parenthesis before the apposition.
    end = beforeParenthesis(end - 1, view);
  }
  const person = view.personAt(end);
  return person && person.end === view.tokens[end]!.end ? person : undefined;
}

/**
 * The person a relative clause closed by its copula speaks of ("Markus Söder (CSU), der 2014 als
 * Nachfolger von X Bayern-CIO wurde."): "der" or "die" right after a comma that follows the name,
 * with no comma, verb or negation between the pronoun and the role.
 */
function relativeAntecedent(start: number, copula: number, view: View) {
  const t = view.tokens;
  if (!/^[.,;]$/.test(t[copula + 1]?.word ?? "")) return undefined;
  let at = start - 1;
  while (at > 0 && !/^[,;:()]$/.test(t[at]!.word) && !/^(VERB|AUX)$/.test(t[at]!.pos)) {
    // ("Peter Schmidt, der nicht Staatssekretär in Hessen ist": no office.)
    if (NEGATION.test(t[at]!.word)) return undefined;
    at -= 1;
  }
  const pronoun = t[at + 1];
  // (The tagger may read the pronoun as an article; right before the role it may be one.)
  const relative = pronoun?.pos === "PRON" || (pronoun?.pos === "DET" && at + 2 < start);
  if (t[at]?.word !== "," || !relative || !/^(der|die)$/.test(pronoun!.word)) return undefined;
  const name = beforeParenthesis(at - 1, view);
  const person = view.personAt(name);
  return person && person.end === t[name]!.end ? person : undefined;
}

export const SURFACE_COPULA: LinkRule = {
  name: "surface-copula",
  confidence: 0.8,
  find(role, view) {
    // "Dazwischen war Thomas Müller Bundesminister der Verteidigung": the copula before the name,
    // the role right after it (the tagger may read the role as the name's last part).
    // ("Seit 20. März ist Horst Baier neuer CIO": over adjectives between the name and the role.)
    let nameEnd = roleStart(role, view) - 1;
    while (nameEnd > 0 && view.tokens[nameEnd]!.pos === "ADJ" && !NEGATION.test(view.tokens[nameEnd]!.word))
      nameEnd -= 1;
    const named = view.personAt(nameEnd);
    const first = named ? view.tokens.findIndex((t) => t.start === named.start) : -1;
    const before = view.tokens[first - 1];
    if (named && named.end === view.tokens[nameEnd]!.end && before && COPULA.test(before.word))
      return { person: named, confidence: this.confidence - 0.05, starts: STARTS.test(before.word) };
    const copula = copulaAround(role, view);
    if (!copula) return undefined;
    const verb = view.tokens[copula.at]!;
    const person = copula.after
      ? (nameAt(afterRoleOfName(afterTime(copula.at + 1, view), view), view) ??
        relativeAntecedent(roleStart(role, view), copula.at, view))
      : personEndingBefore(copula.at, view);
    if (!person) return undefined;
    return { person, confidence: this.confidence, starts: STARTS.test(verb.word) };
  },
};
