/**
 * Repairs of parser readings that no rule should have to know about:
 *   counted subject  "Mehr als 200 Kommunen nutzen den Dienst", "Über 200 Kommunen nutzen die
 *                    Plattform": the parser reads the quantifier's "als" / "über" as a preposition
 *                    and the counted noun as an oblique of the verb; the noun is the subject
 *                    (counted-subjects.ts).
 *   perfect as passive  "Der Rat hat wichtige Beschlüsse verabschiedet", "Im Sommer hat das
 *                    Ministerium die Federführung übernommen": the parser reads a participle
 *                    under "haben" as a passive and its object as a passive subject, with no
 *                    passive auxiliary anywhere. "haben" makes a perfect, never a passive: beside
 *                    a subject, the passive subject is the object; beside an object and no
 *                    subject, the earlier of the two is the subject and the later the object
 *                    (a reflexive "sich" is never the subject).
 *   perfect as main verb  "Der Bayerische Landtag hat heute das Digitalgesetz beschlossen": the
 *                    parser reads "haben" (tagged a verb or an auxiliary) as the main verb, the
 *                    participle as its complement and the object as the participle's subject. The
 *                    participle is the verb, "haben" its auxiliary, the participle's subject its
 *                    object.
 *   person after a home town  "Eva Weber aus Augsburg und Belit Onay aus Hannover": the parser
 *                    hangs the second person (and their town) on the first person's town; the
 *                    person is a conjunct of what the town belongs to.
 *   person after a place  "haben auf der Verbandsversammlung Dr. Anna Keller als Vorsteherin
 *                    gewählt": the parser reads the name right after a prepositional phrase as
 *                    that phrase's apposition, and the verb is left without an object. The name
 *                    is the verb's object (not after a role: "mit Staatssekretär Anna Keller").
 *   name after a noun  "hat das Themenfeld "Bauen und Wohnen" übernommen", "nimmt am Programm
 *                    Smart Cities teil": the parser reads the name after a noun (quoted, or
 *                    opening like a name) as a second argument of the verb; it is the noun's
 *                    apposition.
 *   adjective as name  "haben die Digitale Agenda vorgestellt": the parser reads a capitalised
 *                    adjective of a name as a proper noun of its own and the noun after it as
 *                    a second argument (or hangs it elsewhere: on a number after it). The noun
 *                    takes the adjective's place, the adjective is its modifier.
 *   unit's remit cut off  "Leiter des Amts für Digitalisierung der Stadt Ulm", "übernimmt die
 *                    Leitung des Referats für Grundsatzfragen": the parser hangs the "für" phrase
 *                    right after a unit's noun on the noun before it. A unit is named by its remit
 *                    ("Amt für ...", "Referat für ..."): the phrase is the unit's.
 *   money after a phrase  "erhält vom Land Niedersachsen 500.000 Euro", "erhält vom Bund 2
 *                    Millionen Euro": the parser reads the money as the apposition of the
 *                    prepositional phrase right before it (and a name ending that phrase as the
 *                    money's modifier). The money is the verb's object, the name the phrase's.
 *   noun inside a name  "startete das Pilotprojekt "Wohngeld digital"": a quoted name read as a
 *                    clause with the noun before it as its subject is the noun's apposition
 *                    (quoted-names.ts).
 *   These three run first: the repairs above read their result.
 *   person after a time  "An der Spitze steht seit Januar Anna Keller", "Die Leitung übernimmt ab
 *                    April Anna Keller": the parser reads the name right after a month as the
 *                    month's last words. A month names no one: the name is the verb's subject,
 *                    or its object beside a subject of its own; the subject of a noun predicate
 *                    ("Neuer Präsident ist seit dem 1. Juli Peter Hoffmann"); or one name with
 *                    its surname where the parser made the surname the month's head. A role
 *                    word between month and name ("seit Januar Landrat Reinhard Sager") is the
 *                    verb's argument, the name its apposition.
 *   money after an argument  "Im Landkreis Dillingen hat die Stadt Dillingen 5623 Euro erhalten":
 *                    money hung on the subject or dative right before it is the verb's object.
 *   particle as complement  "stellt dem Landkreis 2 Millionen Euro bereit": "bereit" read as an
 *                    adjective complement of "stellen" is its particle.
 *   particle on a noun  "nimmt als eine von fünf Modellkommunen am Projekt X teil": a particle hung
 *                    on a noun is the verb's above it (particles-on-nouns.ts).
 *   moving as passive  "Peter Maier ist in den Verwaltungsrat eingezogen": "sein" with a
 *                    participle of moving makes a perfect; the passive subject is the subject.
 *   passive as copula  "Im Oktober sind die Städte Düren und Gütersloh sowie der Kreis
 *                    Cochem-Zell ausgewählt worden": the parser reads "sind" as the copula of the
 *                    first noun, the participle as that noun's modifier and a later conjunct as
 *                    the participle's passive subject. "worden" makes a passive: the participle
 *                    is the verb, "sind" its auxiliary, the noun its passive subject (the later
 *                    conjunct the noun's), and what came before "sind" the verb's.
 *   having as auxiliary  "Die Federführung für X hat Hessen": "haben" without a participle read
 *                    as the auxiliary of the name after it is the main verb (having-as-auxiliary.ts).
 *   quantifier as head  "bei weit mehr als 100 Kommunen": the counted noun heads the phrase, not
 *                    the comparative (quantifier-heads.ts).
 *   particle as postposition  "bietet die Stadt ... die Wohnsitzanmeldung an.": a particle at the
 *                    clause's end read as a preposition after the noun is the verb's
 *                    (closing-particles.ts).
 *   participle as marker  "hat den Förderbescheid ... erhalten.": a participle at the clause's end
 *                    read as a marker of "haben" is the verb, "haben" its auxiliary
 *                    (final-participles.ts).
 *   name after a year  "hat in diesem Jahr Hessen": a name read as the year's apposition is the
 *                    verb's subject or object (names-after-years.ts).
 *   subject of an infinitive  "hat beschlossen, die Strategie fortzuschreiben": a noun read as
 *                    the subject of an infinitive with "zu" is its object (infinitive-objects.ts).
 *   genitive as subject  "wird zum Leiter der Abteilung X ernannt": a second subject opened by
 *                    "der"/"des" right after a noun of the verb is that noun's genitive
 *                    (genitive-subjects.ts).
 */
import type { ParseToken, Patch } from "./align.js";
import { MONTH_NAME } from "../dates/calendar.js";
import { isRoleWord } from "../entities/people.js";
import { CAPITALISED_ADJECTIVE, opensName } from "./name-shapes.js";
import { quotedSpanAfter } from "./view.js";
import { roleInName } from "./role-in-name.js";
import { demonymAsModifier, ownerAsArgument, participleAsVerb } from "./described-people.js";
import { oneOfMany } from "./one-of-many.js";
import { adverbConjunct } from "./adverb-conjuncts.js";
import { particleOnNoun } from "./particles-on-nouns.js";
import { frontedMoney } from "./fronted-money.js";
import { havingAsAuxiliary } from "./having-as-auxiliary.js";
import { quantifierAsHead } from "./quantifier-heads.js";
import { particleAsPostposition } from "./closing-particles.js";
import { participleAsMarker } from "./final-participles.js";
import { nameAfterYear } from "./names-after-years.js";
import { nounInsideName } from "./quoted-names.js";
import { HABEN, PARTICIPLE } from "./verb-forms.js";
import { countedSubject } from "./counted-subjects.js";
import { objectOfInfinitive } from "./infinitive-objects.js";
import { genitiveAsSubject } from "./genitive-subjects.js";
import { finiteVerbAsAdjective } from "./finite-adjectives.js";
import { nameAfterKind } from "./names-after-kinds.js";
import { NOMINAL, SUBJECT } from "./labels.js";

export function repairParse(parsed: ParseToken[]): ParseToken[] {
  const named = patched(
    parsed,
    parsed.flatMap((token) => [...nameAfterNoun(token, parsed), ...nounInsideName(token, parsed)]),
  );
  const adjectives = patched(
    named,
    named.flatMap((token) => adjectiveAsName(token, named)),
  );
  const tokens = patched(
    adjectives,
    adjectives.flatMap((token) => oneOfMany(token, adjectives)),
  );
  const patches = new Map<number, Partial<ParseToken>>();
  for (const token of tokens)
    for (const [index, patch] of [
      ...countedSubject(token, tokens),
      ...finiteVerbAsAdjective(token, tokens),
      ...nameAfterKind(token, tokens),
      ...perfectAsPassive(token, tokens),
      ...movedAsPassive(token, tokens),
      ...perfectAsMainVerb(token, tokens),
      ...personAfterHome(token, tokens),
      ...personAfterOblique(token, tokens),
      ...personAfterTime(token, tokens),
      ...unitRemit(token, tokens),
      ...moneyAfterPhrase(token, tokens),
      ...moneyAfterArgument(token, tokens),
      ...particleAsComplement(token, tokens),
      ...passiveAsCopula(token, tokens),
      ...roleInName(token, tokens),
      ...participleAsVerb(token, tokens),
      ...demonymAsModifier(token, tokens),
      ...ownerAsArgument(token, tokens),
      ...adverbConjunct(token, tokens),
      ...particleOnNoun(token, tokens),
      ...frontedMoney(token, tokens),
      ...havingAsAuxiliary(token, tokens),
      ...quantifierAsHead(token, tokens),
      ...particleAsPostposition(token, tokens),
      ...participleAsMarker(token, tokens),
      ...nameAfterYear(token, tokens),
      ...objectOfInfinitive(token, tokens),
      ...genitiveAsSubject(token, tokens),
    ])
      patches.set(index, patch);
  return patched(tokens, [...patches]);
}

function patched(tokens: ParseToken[], patches: Patch[]): ParseToken[] {
  if (patches.length === 0) return tokens;
  const byIndex = new Map(patches);
  return tokens.map((t) => ({ ...t, ...byIndex.get(t.index) }));
}

/**
 * "das Themenfeld "Bauen und Wohnen" übernommen", "nimmt am Programm Smart Cities teil": a name
 * right after a noun, quoted or opening like a name (name-shapes.ts), names the noun's thing;
 * where the parser made the name an argument of the verb, it is the noun's apposition.
 */
function nameAfterNoun(token: ParseToken, tokens: ParseToken[]): Patch[] {
  const compound = compoundHead(token, tokens);
  if (token.pos !== "NOUN" && !compound) return [];
  const span = quotedSpanAfter(token.index, tokens) ?? unquotedSpan(token, tokens);
  if (!span) return [];
  const inside = tokens.slice(span[0], span[1]);
  // The name's head: the one word inside whose head lies outside.
  const heads = inside.filter((t) => t.head < span[0] || t.head >= span[1]);
  if (heads.length !== 1) return [];
  const head = heads[0]!;
  const noun = compound ?? token;
  if (head.head === noun.index || !/^(obj|nsubj|nsubj:pass|obl|iobj)$/.test(head.dep)) return [];
  if (head.head !== noun.head) return [];
  return [[head.index, { dep: "appos", head: noun.index }]];
}

/**
 * "Für das OZG-Projekt „Wohngeld“ zeichnen ...": the parser may split a hyphenated compound into
 * its first part as the phrase's head and the noun after the hyphen as that part's "flat"; the
 * compound then stands where its first part does.
 */
function compoundHead(token: ParseToken, tokens: ParseToken[]): ParseToken | undefined {
  const first = tokens[token.head];
  if (!first || token.dep !== "flat" || tokens[token.index - 1]?.word !== "-") return undefined;
  return first.index === token.index - 2 && NOMINAL.test(first.pos) ? first : undefined;
}

/** "Programm Smart Cities": two to four capitalised words right after the noun, the first opening a name. */
function unquotedSpan(token: ParseToken, tokens: ParseToken[]): [number, number] | undefined {
  const first = tokens[token.index + 1];
  if (!first || !opensName(first.word, first.pos)) return undefined;
  let end = token.index + 2;
  while (
    end < tokens.length &&
    end - token.index <= 4 &&
    /^(NOUN|PROPN|ADJ|X)$/.test(tokens[end]!.pos) &&
    /^\p{Lu}/u.test(tokens[end]!.word)
  )
    end += 1;
  return end - token.index > 2 ? [token.index + 1, end] : undefined;
}

function adjectiveAsName(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.pos !== "PROPN" || !CAPITALISED_ADJECTIVE.test(token.word)) return [];
  const noun = tokens[token.index + 1];
  const determiner = tokens[token.index - 1];
  if (!noun || !NOMINAL.test(noun.pos) || !/^\p{Lu}/u.test(noun.word)) return [];
  if (noun.head === token.index || token.head === noun.index) return [];
  if (!determiner || determiner.pos !== "DET" || determiner.head !== token.index) return [];
  // The noun has no determiner of its own: the adjective's determiner is the noun's.
  if (tokens.some((t) => t.head === noun.index && t.dep === "det")) return [];
  return [
    [noun.index, { dep: token.dep, head: token.head }],
    [token.index, { dep: "amod", head: noun.index }],
    ...tokens.filter((t) => t.head === token.index).map((t): Patch => [t.index, { head: noun.index }]),
  ];
}

/** "aus Augsburg": a person's home town, by its preposition. */
const HOME_CASE = /^aus$/i;

const hasHomeCase = (tokens: ParseToken[], index: number) =>
  tokens.some((t) => t.head === index && t.dep === "case" && HOME_CASE.test(t.word));

/**
 * "die Oberbürgermeisterin Eva Weber aus Augsburg und Belit Onay aus Hannover": the parser hangs
 * the second person on the first one's home town, and the second home town with it. The person
 * is a conjunct of what the town belongs to, the second town the second person's.
 */
function personAfterHome(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.dep !== "conj" || token.ner !== "PERSON") return [];
  const home = tokens[token.head];
  if (!home || !/^nmod/.test(home.dep) || !hasHomeCase(tokens, home.index)) return [];
  const holder = tokens[home.head];
  if (!holder || !NOMINAL.test(holder.pos) || holder.index > home.index) return [];
  const ownHome = tokens.filter(
    (t) =>
      t.head === home.index && t.index > token.index && /^nmod/.test(t.dep) && hasHomeCase(tokens, t.index),
  );
  return [
    [token.index, { head: holder.index }],
    ...ownHome.map((t): Patch => [t.index, { head: token.index }]),
  ];
}

/**
 * "haben auf der Verbandsversammlung Dr. Anna Keller ... gewählt": a person's name read as the
 * apposition of the prepositional phrase right before it, in an active clause with a subject and
 * no object, is the verb's object.
 */
function personAfterOblique(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.dep !== "appos") return [];
  const phrase = tokens[token.head];
  if (!phrase || phrase.dep !== "obl" || phrase.index !== token.index - 1 || phrase.pos !== "NOUN") return [];
  if (isRoleWord(phrase.word) || !tokens.some((t) => t.head === phrase.index && t.dep === "case")) return [];
  const named = [token, ...tokens.filter((t) => t.head === token.index && t.dep === "flat")];
  if (!named.some((t) => t.ner === "PERSON")) return [];
  const verb = tokens[phrase.head];
  if (!verb || verb.pos !== "VERB") return [];
  const own = tokens.filter((t) => t.head === verb.index);
  if (own.some((t) => /^(obj|nsubj:pass|aux:pass)$/.test(t.dep))) return [];
  const auxiliaries = own.filter((t) => t.dep === "aux").map((t) => t.index);
  if (!tokens.some((t) => t.dep === "nsubj" && (t.head === verb.index || auxiliaries.includes(t.head))))
    return [];
  return [[token.index, { dep: "obj", head: verb.index }]];
}

/**
 * "steht seit Januar Anna Keller": a person's name hung on a month right before it ("flat") is
 * an argument of the month's verb.
 */
function personAfterTime(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (!MONTH_NAME.test(token.word) || !/^(obl|nmod)$/.test(token.dep)) return [];
  // ("seit Januar Landrat Reinhard Sager": a role word may open the name, the parser then makes
  // the name the month's apposition.)
  const role = roleAfterMonth(token, tokens);
  const first = tokens[token.index + (role ? 2 : 1)];
  if (!first || first.head !== token.index || !/^(flat|appos)$/.test(first.dep) || first.ner !== "PERSON")
    return [];
  const verb = tokens[token.head];
  if (!verb) return [];
  const rest = tokens.filter((t) => t.head === token.index && t.dep === "flat" && t.index > first.index);
  if (role) return roleAndPersonAfterTime(role, first, rest, verb, tokens);
  // "ist seit dem 1. Mai Anna Keller" read with the surname as the month's head: the name is one.
  if (verb.ner === "PERSON" && verb.index === first.index + 1 + rest.length)
    return [first, ...rest].map((t): Patch => [t.index, { head: verb.index }]);
  // "Neuer Präsident der FITKO ist seit dem 1. Juli Peter Hoffmann": the subject of a noun
  // predicate, the copula the predicate's.
  const copula = tokens.find((t) => t.head === token.index && t.dep === "cop");
  if (verb.pos === "NOUN" && copula && !tokens.some((t) => t.head === verb.index && SUBJECT.test(t.dep)))
    return [
      [first.index, { dep: "nsubj", head: verb.index }],
      ...rest.map((t): Patch => [t.index, { head: first.index }]),
      [copula.index, { head: verb.index }],
    ];
  if (!/^(VERB|AUX)$/.test(verb.pos)) return [];
  const hasSubject = tokens.some((t) => t.head === verb.index && SUBJECT.test(t.dep));
  return [
    [first.index, { dep: hasSubject ? "obj" : "nsubj", head: verb.index }],
    ...rest.map((t): Patch => [t.index, { head: first.index }]),
  ];
}

/** The role word right after a month, hung on it by the parser: "seit Januar Landrat ...". */
function roleAfterMonth(month: ParseToken, tokens: ParseToken[]): ParseToken | undefined {
  const role = tokens[month.index + 1];
  return role && role.head === month.index && role.dep === "flat" && isRoleWord(role.word) ? role : undefined;
}

/**
 * "An der Spitze steht seit Januar Landrat Reinhard Sager": the role is the verb's subject (its
 * object beside a subject of its own), the name the role's apposition, as the parser reads "steht
 * Landrat Reinhard Sager".
 */
function roleAndPersonAfterTime(
  role: ParseToken,
  first: ParseToken,
  rest: ParseToken[],
  verb: ParseToken,
  tokens: ParseToken[],
): Patch[] {
  if (!/^(VERB|AUX)$/.test(verb.pos)) return [];
  const hasSubject = tokens.some((t) => t.head === verb.index && SUBJECT.test(t.dep));
  return [
    [role.index, { dep: hasSubject ? "obj" : "nsubj", head: verb.index }],
    [first.index, { dep: "appos", head: role.index }],
    ...rest.map((t): Patch => [t.index, { head: first.index }]),
  ];
}

const REFLEXIVE = /^(sich|uns|euch|mich|dich)$/i;

function perfectAsPassive(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.dep !== "nsubj:pass") return [];
  const verb = tokens[token.head];
  if (!verb || verb.pos !== "VERB") return [];
  const children = tokens.filter((t) => t.head === verb.index);
  if (children.some((t) => t.dep === "aux:pass")) return [];
  if (!children.some((t) => t.dep === "aux" && HABEN.test(t.word))) return [];
  if (children.filter((t) => t.dep === "nsubj:pass").length !== 1) return [];
  // (The parser sometimes hangs the subject on the auxiliary: "Der Rat hat ... verabschiedet".)
  const auxiliaries = children.filter((t) => t.dep === "aux").map((t) => t.index);
  const subjects = tokens.filter(
    (t) => t.dep === "nsubj" && (t.head === verb.index || auxiliaries.includes(t.head)),
  );
  const objects = children.filter((t) => t.dep === "obj");
  if (subjects.length === 1 && objects.length === 0) return [[token.index, { dep: "obj" }]];
  if (subjects.length > 0 || objects.length !== 1) return [];
  const object = objects[0]!;
  if (REFLEXIVE.test(object.word) || token.index < object.index) return [[token.index, { dep: "nsubj" }]];
  return [
    [object.index, { dep: "nsubj" }],
    [token.index, { dep: "obj" }],
  ];
}

/** Participles of moving that make their perfect with "sein": "ist in den Vorstand gewechselt". */
const MOVED =
  /^(gewechselt|eingezogen|gerückt|nachgerückt|aufgerückt|aufgestiegen|ausgeschieden|zurückgetreten)$/i;

/**
 * "Peter Maier ist in den Verwaltungsrat von Dataport eingezogen": "sein" with a participle of
 * moving makes a perfect; the parser's passive subject is the subject, "ist" its auxiliary.
 */
function movedAsPassive(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.dep !== "nsubj:pass") return [];
  const verb = tokens[token.head];
  if (!verb || !MOVED.test(verb.word)) return [];
  const auxiliary = tokens.find((t) => t.head === verb.index && t.dep === "aux:pass" && SEIN.test(t.word));
  if (!auxiliary || tokens.some((t) => t.head === verb.index && /^worden$/i.test(t.word))) return [];
  return [
    [token.index, { dep: "nsubj" }],
    [auxiliary.index, { dep: "aux" }],
  ];
}

function perfectAsMainVerb(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (!HABEN.test(token.word) || !/^(VERB|AUX)$/.test(token.pos)) return [];
  const children = tokens.filter((t) => t.head === token.index);
  const participles = children.filter(
    (t) => t.dep === "xcomp" && t.pos === "VERB" && PARTICIPLE.test(t.word),
  );
  if (participles.length !== 1 || !children.some((t) => t.dep === "nsubj")) return [];
  const participle = participles[0]!;
  const own = tokens.filter((t) => t.head === participle.index);
  if (own.some((t) => t.dep === "mark") || /^zu/.test(participle.word)) return [];
  const objects = own.filter((t) => t.dep === "nsubj" || t.dep === "obj");
  if (objects.length !== 1) return [];
  return [
    [participle.index, { dep: token.dep, head: token.head }],
    [token.index, { dep: "aux", head: participle.index }],
    ...children
      .filter((t) => t.index !== participle.index)
      .map((t): Patch => [t.index, { head: participle.index }]),
    [objects[0]!.index, { dep: "obj" }],
  ];
}

/** Nouns of a unit named by its remit: "Amt für ...", "Referat für ...", "Stabsstelle für ...". */
const REMIT_UNIT =
  /^(Amt|Amts|Amtes|Referat|Referats|Referates|Dezernat|Dezernats|Dezernates|Stabsstelle|Fachbereich|Fachbereichs|Fachbereiches|Fachdienst|Fachdienstes|Geschäftsbereich|Geschäftsbereichs|Zentrum|Zentrums|Kompetenzzentrum|Kompetenzzentrums|Landesamt|Landesamts|Landesamtes|Bundesamt|Bundesamts|Bundesamtes)$/;

/**
 * "die Leitung des Amts für Digitalisierung": a "für" phrase right after a unit's noun, hung by
 * the parser on what that noun hangs on, is the unit's remit.
 */
function unitRemit(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.dep !== "nmod") return [];
  const marker = tokens[token.index - 1];
  if (!marker || marker.head !== token.index || marker.dep !== "case" || !/^für$/i.test(marker.word))
    return [];
  const unit = tokens[marker.index - 1];
  if (!unit || !REMIT_UNIT.test(unit.word) || unit.dep !== "nmod" || unit.head !== token.head) return [];
  return [[token.index, { head: unit.index }]];
}

const CURRENCY = /^(Euro|EUR|€)$/;

/**
 * "erhält vom Land Niedersachsen 500.000 Euro": money hung as the apposition of the prepositional
 * phrase before it, in a clause whose verb has no object, is the verb's object; a name between the
 * phrase's noun and the money belongs to the phrase.
 */
function moneyAfterPhrase(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (!CURRENCY.test(token.word) || token.dep !== "appos") return [];
  const phrase = tokens[token.head];
  if (!phrase || !/^(obl|nmod)$/.test(phrase.dep) || phrase.index > token.index) return [];
  if (!tokens.some((t) => t.head === phrase.index && t.dep === "case")) return [];
  const verb = tokens[phrase.head];
  if (!verb || verb.pos !== "VERB" || tokens.some((t) => t.head === verb.index && t.dep === "obj")) return [];
  const names = tokens.filter(
    (t) =>
      t.head === token.index &&
      t.index > phrase.index &&
      t.ner !== "O" &&
      t.pos === "PROPN" &&
      tokens.slice(phrase.index + 1, t.index).every((b) => b.pos === "PROPN"),
  );
  return [
    [token.index, { dep: "obj", head: verb.index }],
    ...names.map((t): Patch => [t.index, { dep: "appos", head: phrase.index }]),
  ];
}

/**
 * "Im Landkreis Dillingen hat die Stadt Dillingen 5623 Euro erhalten", "stellt dem Landkreis
 * Görlitz 2 Millionen Euro bereit": money hung as the apposition of the subject or dative right
 * before it (or of the name beside that noun), with no punctuation between, in a clause whose verb
 * has no object, is the verb's object.
 */
function moneyAfterArgument(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (!CURRENCY.test(token.word) || token.dep !== "appos") return [];
  const named = tokens[token.head];
  const noun = named?.dep === "appos" ? tokens[named.head] : named;
  if (!noun || !/^(nsubj|obl:arg|iobj)$/.test(noun.dep) || noun.index > token.index) return [];
  if (tokens.slice(noun.index + 1, token.index).some((t) => t.pos === "PUNCT")) return [];
  const verb = tokens[noun.head];
  if (!verb || verb.pos !== "VERB" || tokens.some((t) => t.head === verb.index && t.dep === "obj")) return [];
  return [[token.index, { dep: "obj", head: verb.index }]];
}

/** "stellt ... bereit": the particle of "bereitstellen", which the parser may read as an adjective. */
const STELLEN = /^(stellt|stellen|stellte|stellten|stelle|stellst)$/i;

/**
 * "Der Freistaat stellt dem Landkreis 2 Millionen Euro bereit": "bereit" hung on a finite form of
 * "stellen" as its complement is the verb's separable particle.
 */
function particleAsComplement(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (!/^bereit$/i.test(token.word) || token.dep !== "xcomp") return [];
  const verb = tokens[token.head];
  if (!verb || verb.index > token.index || !STELLEN.test(verb.word)) return [];
  return [[token.index, { dep: "compound:prt" }]];
}

/** The finite forms of "sein" that make a passive perfect with "worden". */
const SEIN = /^(ist|sind|war|waren|sei|seien|wäre|wären)$/i;

/**
 * "sind die Städte A und B sowie der Kreis C ausgewählt worden": a participle with "worden" that
 * the parser hung as the modifier of a noun with a copula is the clause's verb (see the header).
 */
function passiveAsCopula(token: ParseToken, tokens: ParseToken[]): Patch[] {
  if (token.pos !== "VERB" || token.dep !== "acl" || !PARTICIPLE.test(token.word)) return [];
  const own = tokens.filter((t) => t.head === token.index);
  if (!own.some((t) => t.dep === "aux:pass" && /^worden$/i.test(t.word))) return [];
  const noun = tokens[token.head];
  if (!noun || noun.index > token.index) return [];
  const copula = tokens.find((t) => t.head === noun.index && t.dep === "cop" && SEIN.test(t.word));
  if (!copula || copula.index > noun.index) return [];
  const fronted = tokens.filter(
    (t) => t.head === noun.index && t.index < copula.index && /^(nmod|obl|advmod|nsubj)$/.test(t.dep),
  );
  // The parser's passive subject after the noun, joined to it by "und" or "sowie", is its conjunct.
  const joined = own.filter(
    (t) =>
      t.dep === "nsubj:pass" &&
      t.index > noun.index &&
      tokens.some((c) => c.head === t.index && c.dep === "cc"),
  );
  if (own.some((t) => t.dep === "nsubj:pass" && !joined.includes(t))) return [];
  return [
    [token.index, { dep: noun.dep, head: noun.head }],
    [noun.index, { dep: "nsubj:pass", head: token.index }],
    [copula.index, { dep: "aux", head: token.index }],
    ...fronted.map((t): Patch => [
      t.index,
      { dep: t.dep === "nmod" || t.dep === "nsubj" ? "obl" : t.dep, head: token.index },
    ]),
    ...joined.map((t): Patch => [t.index, { dep: "conj", head: noun.index }]),
    ...tokens
      .filter((t) => t.head === noun.index && t.dep === "punct" && t.index === tokens.length - 1)
      .map((t): Patch => [t.index, { head: token.index }]),
  ];
}
