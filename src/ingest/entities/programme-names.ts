/**
 * Programmes and projects named without quotes, by the way German writes a proper name:
 *   a kind word, then a name that opens with a capitalised adjective or an English word
 *       "das Programm Starke Heimat Hessen", "den Strategieprozess Föderale Digitalstrategie",
 *       "als Modellprojekte Smart Cities"
 *   a capitalised adjective of the field before a noun, inside a sentence
 *       "die Digitale Agenda", "das Digitale Rathaus", "an die Digitale Baugenehmigung"
 *   a quoted title that opens with its own kind word
 *       "des „Masterplan Digitale Verwaltung“"
 *   what an article calls "so-called"
 *       "im sogenannten OSI-Verbund"
 * An adjective is capitalised inside a German sentence only as part of a name, which is what
 * sets "die Digitale Agenda" (a programme) apart from "die digitale Verwaltung" (a topic).
 */
import { opensName } from "../parse/name-shapes.js";
import { MONEY_WORD } from "./amounts.js";
import { isRoleWord } from "./people.js";

export interface NameSpan {
  first: number;
  last: number;
  name: string;
  /** The name without its kind word, as the reference data may know it. */
  bare?: string;
}

interface NameInput {
  words: string[];
  /** The language model's part of speech for each word, when it has one. */
  tags: (string | undefined)[];
  taken: Set<number>;
  isKindWord: (word: string) => boolean;
}

/**
 * Adjectives the names of digital programmes open with; lower case they describe, capitalised they
 * name. (Not "Smart": "Smart City" is as often the field as a programme.)
 */
const FIELD_ADJECTIVE =
  /^(Digital|Virtuell|Elektronisch|Föderal|Offen|Vernetzt|Intelligent|Mobil|Modern|Innovativ)(e|es|er|en|em)$/;
/** Nouns of institutions: "die Digitalen Dienste Thüringen", "die Digitale Akademie". */
const INSTITUTION =
  /(dienste|agentur|akademie|zentrum|zentrale|stelle|amt|ämter|gesellschaft|verband|verbund|rat|kommission|behörde|ministerium|institut|hochschule|universität|werkstatt|gmbh)$/i;
/** What may continue a name: a capitalised word, a number or a version ("Kommune 2025", "Städte 4.0"). */
const NAME_WORD = /^(\p{Lu}[\p{L}-]*|\d+(\.\d+)?)$/u;
const SO_CALLED = /^sogenannte(n|m|r|s)?$/;
/** Words that end a name although capitalised: sentence adverbs and determiners at a clause's start. */
const NOT_A_NAME_WORD =
  /^(Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Eines|Er|Sie|Es|Wir|Ihr|Mit|Für|Bei|Im|In|Auf|Am|An|Zum|Zur|Von|Vom|Seit|Ab|Bis|Nach|Auch|Dazu|Dabei|Damit|Darüber|So|Nun|Jetzt|Heute|Bereits|Insgesamt|Anfang|Mitte|Ende|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)$/;

/**
 * An amount at `at`, a word of money or a number before one: "300 Millionen Euro" after a name is
 * what it gets, not its name ("Programm Smart Cities 300 Millionen Euro").
 */
function amountAt(words: string[], at: number): boolean {
  return MONEY_WORD.test(words[at]!) || (/^\d/.test(words[at]!) && MONEY_WORD.test(words[at + 1] ?? ""));
}

/** Up to `most` name words from `from` on, none of them taken, a role or a word that ends a name. */
function nameRun(input: NameInput, from: number, most: number): number {
  const { words, taken } = input;
  let last = from;
  while (
    last < words.length &&
    last - from < most &&
    NAME_WORD.test(words[last]!) &&
    !taken.has(last) &&
    !isRoleWord(words[last]!) &&
    !NOT_A_NAME_WORD.test(words[last]!) &&
    !amountAt(words, last)
  )
    last += 1;
  return last;
}

/** "Programm Starke Heimat Hessen", "Modellprojekte Smart Cities": the kind word at `at` and the name after it. */
function afterKindWord(input: NameInput, at: number): NameSpan | undefined {
  const { words, tags } = input;
  const first = words[at + 1] ?? "";
  if (!opensName(first, tags[at + 1]) || input.taken.has(at + 1)) return undefined;
  const last = nameRun(input, at + 1, 4);
  // A name is more than its adjective: "das Programm Digitale" is cut off, not named.
  if (last - (at + 1) < 2) return undefined;
  // "Programm Starke Heimat Hessen": a Land closing the name is part of it (and stays a mention of its own).
  const named = input.taken.has(last) && /^\p{Lu}/u.test(words[last] ?? "") ? last + 1 : last;
  // Unquoted, the kind word is part of the name as written: "das Projekt Digitale Schule".
  return {
    first: at,
    last,
    name: words.slice(at, named).join(" "),
    bare: words.slice(at + 1, named).join(" "),
  };
}

/** "Ministerium für Umwelt und Digitales": the word at `at` completes a "für" of a title. */
function inTitle(words: string[], at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (/^\p{Lu}/u.test(words[i]!) || /^(und|sowie|,)$/.test(words[i]!))) i -= 1;
  return words[i] === "für";
}

/** "die Digitale Agenda": a capitalised adjective of the field and the noun it names, inside a sentence. */
function capitalisedAdjective(input: NameInput, at: number): NameSpan | undefined {
  const { words, taken } = input;
  const word = words[at]!;
  const before = words[at - 1];
  const noun = words[at + 1] ?? "";
  if (!FIELD_ADJECTIVE.test(word) || before === undefined || taken.has(at) || taken.has(at + 1))
    return undefined;
  // Not at a clause's start (where every word is capitalised), nor in a title ("Ministerium für
  // Digitale Infrastruktur", "Staatssekretär für Umwelt und Digitales Jan Roth").
  if (/^[.:;!?"(–-]$/.test(before) || /^\p{Lu}/u.test(before)) return undefined;
  if (inTitle(words, at)) return undefined;
  if (!/^\p{Lu}\p{Ll}/u.test(noun) || isRoleWord(noun) || NOT_A_NAME_WORD.test(noun)) return undefined;
  // "der Digitalen Dienste Thüringen" is an organisation, not a programme.
  if (INSTITUTION.test(noun) || !/^(NOUN|PROPN)$/.test(input.tags[at + 1] ?? "NOUN")) return undefined;
  const last = nameRun(input, at + 1, 3);
  return { first: at, last, name: words.slice(at, last).join(" ") };
}

/** "des „Masterplan Digitale Verwaltung“": a quoted title whose first word is its kind. */
function quotedTitle(input: NameInput, at: number): NameSpan | undefined {
  const { words } = input;
  if (words[at] !== '"' || !input.isKindWord(words[at + 1] ?? "")) return undefined;
  const close = words.indexOf('"', at + 2);
  if (close < at + 3 || close - at > 9) return undefined;
  return { first: at + 1, last: close, name: words.slice(at + 1, close).join(" ") };
}

/** "im sogenannten OSI-Verbund": the capitalised word an article introduces as so-called. */
function soCalled(input: NameInput, at: number): NameSpan | undefined {
  const { words, taken } = input;
  if (!SO_CALLED.test(words[at]!)) return undefined;
  const name = words[at + 1] ?? "";
  if (!/^\p{Lu}/u.test(name) || taken.has(at + 1) || isRoleWord(name)) return undefined;
  const last = nameRun(input, at + 1, 3);
  return last > at + 1 ? { first: at + 1, last, name: words.slice(at + 1, last).join(" ") } : undefined;
}

/** The name each word opens, if any; `at` is the word's index. */
export function programmeNameAt(input: NameInput, at: number): NameSpan | undefined {
  const word = input.words[at]!;
  return (
    (input.isKindWord(word) ? afterKindWord(input, at) : undefined) ??
    quotedTitle(input, at) ??
    soCalled(input, at) ??
    capitalisedAdjective(input, at)
  );
}
