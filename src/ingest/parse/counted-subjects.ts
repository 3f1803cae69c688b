/**
 * "Mehr als 200 Kommunen nutzen den Dienst", "Über 200 Kommunen nutzen ihn": the parser reads the
 * quantifier's "als" / "über" as a preposition and the counted noun as an oblique of the verb. The
 * noun is the subject, the quantifier word a modifier of its number, where
 *   - the verb has no subject and the noun comes before it (money also after it: "In den
 *     Landkreis fließen dabei über 19.000 €"), or after a verb in the plural that opens with its
 *     object ("Den Online-Dienst nutzen bereits über 500 Kommunen");
 *   - the verb is in the plural and its only subject is a noun with "die" or "das", which may be
 *     the object as well, with no object beside it ("Über 200 Kommunen in Hessen nutzen die
 *     Plattform civento", "Bereits heute nutzen über 200 Kommunen die Plattform"): that noun is
 *     the object.
 * A preposition "über" before a number stays one beside a verb in the singular ("Der Rat
 * entscheidet über zwei Stellen") and beside a subject with "der" ("Über 200 Anträge entscheidet
 * der Landkreis").
 */
import type { ParseToken, Patch } from "./align.js";
import { MONEY_UNIT } from "./fronted-money.js";
import { NOMINAL, SUBJECT } from "./labels.js";
import { PLURAL_FINITE } from "./verb-forms.js";

/** Quantifiers read as prepositions: "mehr als", "weniger als", "über", "knapp über". */
const QUANTIFIER_CASE = /^(als|über)$/i;
const COMPARATIVE = /^(mehr|weniger)$/i;
/** Determiners of a noun that may be the object as well as the subject. */
const EITHER_CASE = /^(die|das)$/i;

export function countedSubject(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.dep !== "case" || !QUANTIFIER_CASE.test(token.word)) return [];
  const noun = tokens[token.head];
  const money = MONEY_UNIT.test(noun?.word ?? "");
  if (!noun || noun.dep !== "obl" || (!NOMINAL.test(noun.pos) && !money) || noun.index < token.index)
    return [];
  const verb = tokens[noun.head];
  if (!verb || !/^(VERB|AUX)$/.test(verb.pos)) return [];
  // The number follows the quantifier and counts the noun: "über 200 Kommunen", "mehr als 200 Kommunen".
  const number = tokens[token.index + 1];
  if (!number || number.pos !== "NUM" || number.head !== noun.index) return [];
  if (/^als$/i.test(token.word) && !COMPARATIVE.test(tokens[token.index - 1]?.word ?? "")) return [];
  const counted: Patch[] = [
    [token.index, { dep: "advmod", head: number.index }],
    [noun.index, { dep: "nsubj" }],
  ];
  const own = tokens.filter((t) => t.head === verb.index);
  const subjects = own.filter((t) => SUBJECT.test(t.dep));
  if (subjects.length === 0)
    return verb.index < noun.index && !money && !opensWithObject(verb, own) ? [] : counted;
  const subject = subjects[0]!;
  if (money || subjects.length > 1 || !objectAsSubject(subject, verb, own, tokens)) return [];
  return [...counted, [subject.index, { dep: "obj" }]];
}

/** "Den Online-Dienst nutzen bereits über 500 Kommunen": an object before a verb in the plural. */
function opensWithObject(verb: ParseToken, own: ParseToken[]): boolean {
  return plural(verb, own) && own.some((t) => t.dep === "obj" && t.index < verb.index);
}

/** "nutzen ... die Plattform": a noun with "die" or "das" beside a verb in the plural and no object. */
function objectAsSubject(
  subject: ParseToken,
  verb: ParseToken,
  own: ParseToken[],
  tokens: ParseToken[],
): boolean {
  if (subject.dep !== "nsubj" || subject.pos !== "NOUN" || own.some((t) => t.dep === "obj")) return false;
  const determiner = tokens.find((t) => t.head === subject.index && t.dep === "det");
  return determiner !== undefined && EITHER_CASE.test(determiner.word) && plural(verb, own);
}

/** The finite form, the auxiliary where there is one, is in the plural. */
function plural(verb: ParseToken, own: ParseToken[]): boolean {
  const finite = own.find((t) => /^aux/.test(t.dep)) ?? verb;
  return PLURAL_FINITE.test(finite.word);
}
