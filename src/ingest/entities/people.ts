/**
 * People and their roles. A person is a known name from the gazetteer or, for unknown people,
 * two or three capitalised name-like words found next to a role:
 *   role before the name     "Bundesbildungsminister Cem Özdemir", "Staatssekretärin Ina-Maria Ulbrich"
 *   apposition after it      "Dr. Martin Hagen, Staatsrat beim Senator für Finanzen ..."
 *   predicate                "Daniela Dylakiewicz ist neue CIO des Freistaats Sachsen"
 *   succession               "folgt auf Annette Schmidt", "die Nachfolge von Judith Gerlach"
 * The organisation of a role is the entity named after it ("des Freistaats Sachsen", "beim
 * Senator für Finanzen", "der FITKO"), else a Land named right before it ("Schleswig-Holsteins",
 * "bayerischer"), else the Bund for "Bundes-" roles.
 */
import type { KnownEntity } from "../types.js";
import { newPerson } from "./gazetteer.js";
import type { Mention } from "./mentions.js";
import type { Token } from "./tokenize.js";

export interface RoleClaim {
  person: Mention;
  role: string;
  /** Where the role was stated (character offset). */
  index: number;
  organization?: KnownEntity;
  /** How the organisation was found: named after/before the role, or the Bund by a "Bundes-" role. */
  organizationFrom?: "named" | "prefix";
  /** "ist neue CIO", "wurde zum ... ernannt": the office starts now. */
  starts: boolean;
  /** How sure the rule that found it is (the parse rules set it; the word rules leave it). */
  confidence?: number;
}

export const ROLE_WORD =
  /^(?:\p{Lu}[\p{L}-]*)?(?:[mM]inister|[sS]enator|[sS]taats?sekretär|[pP]räsident|[bB]ürgermeister|[gG]eschäftsführer|[dD]irektor|[lL]eiter|[sS]precher|[dD]ezernent|[cC]hef|[vV]orständ|Landrät)(?:in)?$|^(?:\p{Lu}[\p{L}]*-)?(?:CIO|CDO|CISO|Staatsrat|Staatsrätin|Landrat|Vorstand)$|^(?:\p{Lu}[\p{L}]*)?(?:[bB]eauftragte|[vV]orsitzende|[aA]bgeordnete|[bB]eigeordnete)[r]?$|^Vorstandsmitglied$|^Stellvertreter(in)?$|^Beisitzer(in)?$|^OB(in)?$/u;
/**
 * Heads of institution names, in every case ("Finanzamtes", "Landesbetriebs", "Universität"):
 * "Leiterin des Finanzamts Kassel" holds an office of the Finanzamt, not of Kassel.
 */
export const INSTITUTION_NOUN =
  /^((?:\p{Lu}[\p{L}-]*?)?(?:amt|universität|hochschule|behörde|betrieb|zentrum|agentur|anstalt|institut|akademie|kammer|gericht|stiftung|bibliothek|archiv|klinikum|schule|kasse|werk))(?:es|s)?$/iu;
const NOT_ROLE = /(ministerium|ministerien|präsidium|senatsverwaltung|konferenz|ministerinnen|innen)$/i;
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}]+)?$/u;
const NOT_NAME = new Set(
  (
    "Der Die Das Des Dem Den Ein Eine Einen Im In Mit Auf Für Seit Nach Bei Beim Vom Zum Zur Er Sie Es Wir Ihr " +
    "Zudem Darüber Außerdem Auch Dabei Inzwischen Unter Als Wie Wo Was Wer Dies Diese Dieser Damit Doch Denn " +
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember Land Länder Bund Stadt " +
    "Kommunen Verwaltung Freistaat Landesregierung Bundesregierung Minister Ministerin Staatsrat Herr Frau Neue Neuer " +
    // Possessives and successor nouns: "Sein Nachfolger", "Ihre Nachfolgerin" name no one.
    "Sein Seine Seinen Seinem Seiner Ihre Ihren Ihrem Ihrer Unser Unsere Dessen Deren Nachfolger Nachfolgerin Vorgänger Vorgängerin"
  ).split(" "),
);
const NOUN_ENDING =
  /(ung|heit|keit|schaft|tion|tät|ium|amt|rat|tag|land|stadt|ismus|plattform|portal|gesetz|behörde|behörden|strategie|konferenz|kommission|dienst|dienste|projekt|verband|bereich|ressort|kabinett|regierung|verwaltung|politik|ebene|stelle|zentrum|system|daten|gremium|ministerium|bericht|plan|leistung|leistungen|e)$/;
const TITLE = /^(Dr|Prof)$/;
const FEMININE_ROLE_AFTER =
  /^(neue|neuer|neues|neuen|der|die|den|zum|zur|erste|erster|designierte|designierter|künftige|künftiger|amtierende|amtierender)$/;

export function isNameWord(word: string): boolean {
  return NAME_WORD.test(word) && !NOT_NAME.has(word) && !NOUN_ENDING.test(word) && !ROLE_WORD.test(word);
}

/**
 * A town's head or deputy head: "Bürgermeister", "Oberbürgermeisterin" (also "OB"), "Erster
 * Bürgermeister", "Vize-Bürgermeister".
 */
export const MAYOR = /^(Ober|Erste[rn]?|Vize-?)?[bB]ürgermeister(in)?$|^OB(in)?$/;
export const LANDRAT = /^Landr(at|ätin)$/;
/** A town's or county's head: a mayor or a Landrat. */
export const TOWN_HEAD = new RegExp(`${MAYOR.source}|${LANDRAT.source}`);

/** Whether a role's text names a town's or county's head ("Erster Bürgermeister", "Landrat des Kreises X"). */
export function isTownHead(role: string): boolean {
  const words = role.split(/\s+/);
  return (
    TOWN_HEAD.test(words[0] ?? "") || (/^Erste[rn]?$/.test(words[0] ?? "") && TOWN_HEAD.test(words[1] ?? ""))
  );
}

/** "Tschentschers" for Peter Tschentscher: a surname with the genitive's s the name does not end with. */
export function isGenitiveName(person: Mention): boolean {
  const last = (name: string) => name.split(/\s+/).pop() ?? "";
  return last(person.text) === `${last(person.entity.name)}s`;
}

/** A seat in the Bundestag ("SPD-Bundestagsabgeordnete"): a Land's adjective before it says where the member comes from. */
export const FEDERAL_SEAT = /^(\p{L}+-)?Bundestagsabgeordnete[rn]?$/u;

export function isRoleWord(word: string): boolean {
  return ROLE_WORD.test(word) && !NOT_ROLE.test(word);
}

interface Span {
  first: number;
  last: number;
}

export function findPeople(
  sentence: string,
  tokens: Token[],
  mentions: Mention[],
): { people: Mention[]; roles: RoleClaim[] } {
  const words = tokens.map((token) => token.text);
  const mentionAt = new Map<number, Mention>();
  for (const mention of mentions)
    for (let i = mention.first; i < mention.last; i += 1) mentionAt.set(i, mention);
  const people: Mention[] = [];
  const roles: RoleClaim[] = [];
  const personAt = (index: number): Mention | undefined => {
    const known = mentionAt.get(index);
    if (known?.entity.type === "Person" && known.first === index) return known;
    const existing = people.find((p) => p.first === index);
    if (existing) return existing;
    const span = nameSpan(words, index, mentionAt);
    if (!span) return undefined;
    const mention = makePerson(sentence, tokens, span);
    people.push(mention);
    return mention;
  };

  // Successions name the predecessor without a role: "folgt auf Annette Schmidt", "Nachfolge von Judith Gerlach".
  for (let i = 1; i < words.length; i += 1) {
    if (
      /^(auf|von)$/.test(words[i]!) &&
      /^(folgt|folgte|folgen|Nachfolge|Nachfolger|Nachfolgerin)$/.test(words[i - 1]!)
    ) {
      let at = i + 1;
      while (at < words.length && (TITLE.test(words[at]!) || words[at] === ".")) at += 1;
      personAt(at);
    }
  }
  for (let i = 0; i < words.length; i += 1) {
    if (!isRoleWord(words[i]!) || mentionAt.has(i)) continue;
    const role = roleExtent(words, i);
    // Role before the name.
    let nameIndex = role.last;
    while (nameIndex < words.length && (TITLE.test(words[nameIndex]!) || words[nameIndex] === "."))
      nameIndex += 1;
    const after = personAt(nameIndex);
    if (after) {
      roles.push(claim(after, role, i, words, tokens, mentions, mentionAt));
      continue;
    }
    // Apposition or predicate: "Name, Rolle ..." / "Name ist neue Rolle ...".
    let back = i - 1;
    while (back >= 0 && (FEMININE_ROLE_AFTER.test(words[back]!) || mentionAt.get(back)?.form === "adjective"))
      back -= 1;
    const link = words[back];
    if (
      link === "," ||
      link === "ist" ||
      link === "wird" ||
      link === "wurde" ||
      link === "bleibt" ||
      link === "als"
    ) {
      const before = personEndingAt(back - 1, words, mentionAt, people, sentence, tokens);
      if (before) roles.push(claim(before, role, i, words, tokens, mentions, mentionAt, link !== ","));
    }
  }
  return { people, roles };
}

/** "Bundesminister für Digitales und Staatsmodernisierung", "Beauftragter der Landesregierung für Informationstechnologie". */
function roleExtent(words: string[], index: number): { text: string; first: number; last: number } {
  let last = index + 1;
  if ((words[last] === "der" || words[last] === "des") && /regierung$/.test(words[last + 1] ?? "")) last += 2;
  if (words[last] === "für" && /^\p{Lu}/u.test(words[last + 1] ?? "")) {
    last += 2;
    while (
      (words[last] === "und" || words[last] === ",") &&
      /^\p{Lu}/u.test(words[last + 1] ?? "") &&
      !isNameWord(words[last + 1]!)
    ) {
      last += 2;
    }
  }
  return { text: words.slice(index, last).join(" ").replace(/ ,/g, ","), first: index, last };
}

function nameSpan(words: string[], index: number, mentionAt: Map<number, Mention>): Span | undefined {
  let last = index;
  while (last < words.length && last - index < 3 && isNameWord(words[last]!) && !mentionAt.has(last))
    last += 1;
  return last - index >= 2 ? { first: index, last } : undefined;
}

function personEndingAt(
  end: number,
  words: string[],
  mentionAt: Map<number, Mention>,
  people: Mention[],
  sentence: string,
  tokens: Token[],
): Mention | undefined {
  const known = mentionAt.get(end);
  if (known?.entity.type === "Person") return known;
  let first = end;
  while (first > 0 && end - first < 2 && isNameWord(words[first - 1]!) && !mentionAt.has(first - 1))
    first -= 1;
  if (end - first < 1 || !isNameWord(words[end]!) || mentionAt.has(end)) return undefined;
  const existing = people.find((p) => p.first === first);
  if (existing) return existing;
  const mention = makePerson(sentence, tokens, { first, last: end + 1 });
  people.push(mention);
  return mention;
}

function makePerson(sentence: string, tokens: Token[], span: Span): Mention {
  const start = tokens[span.first]!.start;
  const end = tokens[span.last - 1]!.end;
  const text = sentence.slice(start, end);
  return { start, end, first: span.first, last: span.last, text, entity: newPerson(text), form: "pattern" };
}

function claim(
  person: Mention,
  role: { text: string; first: number; last: number },
  index: number,
  words: string[],
  tokens: Token[],
  mentions: Mention[],
  mentionAt: Map<number, Mention>,
  predicate = false,
): RoleClaim {
  const result: RoleClaim = { person, role: role.text, index: tokens[index]!.start, starts: false };
  const before = words.slice(Math.max(0, role.first - 3), role.first).join(" ");
  result.starts =
    /\b(neue|neuer|neues|designierte|designierter|künftige|künftiger)$/i.test(before) ||
    (predicate && /\b(neue|neuer)\b/i.test(before));
  // Named after the role: "CIO des Freistaats Sachsen", "Staatsrat beim Senator für Finanzen".
  const afterRole = role.last;
  if (/^(des|der|im|beim|bei|von|vom|in|am|für)$/.test(words[afterRole] ?? "")) {
    const named = mentions.find(
      (m) =>
        m.first > afterRole &&
        m.first <= afterRole + 3 &&
        m.form !== "partial" &&
        m.entity.type !== "Person" &&
        m.entity.type !== "Project" &&
        // Not the place in an institution's name ("des Finanzamts Kassel"): the parse rules name the institution.
        !words.slice(afterRole + 1, m.first).some((w) => /^\p{Lu}/u.test(w) && INSTITUTION_NOUN.test(w)),
    );
    if (named) {
      result.organization = named.entity;
      result.organizationFrom = "named";
      return result;
    }
  }
  // Named before the role: "Schleswig-Holsteins Digitalisierungsminister", "bayerischer Digitalminister".
  for (let back = role.first - 1; back >= Math.max(0, role.first - 2); back -= 1) {
    const named = mentionAt.get(back);
    if (named && (named.entity.type === "State" || named.entity.type === "Federation")) {
      result.organization = named.entity;
      result.organizationFrom = "named";
      return result;
    }
    if (!FEMININE_ROLE_AFTER.test(words[back]!)) break;
  }
  if (/^Bundes|\bder Bundesregierung\b/.test(role.text)) {
    result.organization = { id: "DE", name: "Bund", type: "Federation" };
    result.organizationFrom = "prefix";
  }
  return result;
}
