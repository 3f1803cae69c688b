/**
 * People as the language model sees them: runs of tokens its NER labels PERSON, joined with
 * the people the gazetteer knows. A surname alone ("Burghardt ist ...") is the person of that
 * surname named earlier in the article; a run of four names ("Cordula Kießling Wolfgang
 * Mosbacher", two people side by side) is split in two, never fused into one person.
 */
import { slugify } from "../../model/ids.js";
import type { ParseToken, SentenceParse } from "../parse/align.js";
import { isRoleWord } from "./people.js";
import type { KnownEntity } from "../types.js";
import { newPerson } from "./gazetteer.js";
import { genderOfName } from "./gender.js";
import type { Mention } from "./mentions.js";
import type { Token } from "./tokenize.js";

/** The particle of a family name: "Ursula von der Leyen", "Chris von Wrycz Rekowski". */
const PARTICLE = /^(von|van|de|zu)$/;

/** The people named so far in an article: by full name, and by surname while it is unambiguous. */
export interface PeopleRegistry {
  byName: Map<string, KnownEntity>;
  bySurname: Map<string, KnownEntity>;
  ambiguous: Set<string>;
  /** The full names the whole article gives, by surname: whom "Staatssekretär Schlömer" names before them. */
  fullNames: Map<string, string>;
}

export function newRegistry(fullNames: Map<string, string> = new Map()): PeopleRegistry {
  return { byName: new Map(), bySurname: new Map(), ambiguous: new Set(), fullNames };
}

/**
 * The full names of an article's people as the model tags them (two or three PERSON words in a
 * row), by surname; a surname two of them share names neither.
 */
export function fullNamesOf(words: { word: string; ner: string }[][]): Map<string, string> {
  const names = new Map<string, string>();
  const shared = new Set<string>();
  for (const sentence of words) {
    let run: string[] = [];
    for (const token of [...sentence, { word: "", ner: "O" }]) {
      if (token.ner === "PERSON" && /^\p{Lu}/u.test(token.word)) {
        run.push(token.word);
        continue;
      }
      if (run.length === 2 || run.length === 3) {
        const surname = run.at(-1)!.toLowerCase();
        const name = run.join(" ");
        if (names.has(surname) && names.get(surname) !== name) shared.add(surname);
        names.set(surname, name);
      }
      run = [];
    }
  }
  for (const surname of shared) names.delete(surname);
  return names;
}

const TITLE = /^(Dr\.?|Prof\.?|Herr|Frau|Herrn)$/;

/**
 * "Severin Fischer (SPD) wird ...": the model may tag the surname a person and leave a rarer
 * first name out. A known first name the model tags nothing, right before a PERSON word the
 * parse joins to it as one name (flat), is the name's first part.
 */
function untaggedFirstName(token: ParseToken, parse: SentenceParse): boolean {
  const next = parse.tokens[token.index + 1];
  return (
    token.ner === "O" &&
    token.pos === "PROPN" &&
    genderOfName(token.word) !== undefined &&
    next !== undefined &&
    next.ner === "PERSON" &&
    next.start - token.end <= 1 &&
    ((next.dep === "flat" && next.head === token.index) ||
      (token.dep === "flat" && token.head === next.index))
  );
}

/**
 * "Zuvor war Tobias Reiter Staatssekretär im ...": the model may tag a known first name a person
 * and leave a rarer surname out. A capitalised word the model tags nothing, right after a first
 * name tagged alone and joined to it by the parse as one name (flat), is the name's surname.
 */
function untaggedSurname(token: ParseToken, parse: SentenceParse): boolean {
  const first = parse.tokens[token.index - 1];
  const beforeFirst = parse.tokens[token.index - 2];
  return (
    token.ner === "O" &&
    /^(PROPN|NOUN)$/.test(token.pos) &&
    /^\p{Lu}\p{Ll}+$/u.test(token.word) &&
    first !== undefined &&
    first.ner === "PERSON" &&
    beforeFirst?.ner !== "PERSON" &&
    genderOfName(first.word) !== undefined &&
    token.start - first.end <= 1 &&
    token.dep === "flat" &&
    token.head === first.index
  );
}

/**
 * "die Rektorin der Fernuniversität Hagen Ada Pellert": the model may run the holder's name on
 * into the organisation a role names. A known first name and one capitalised word closing an
 * ORGANIZATION run that follows a noun (the role) and its article are the holder's name.
 */
function nameClosingOrganization(token: ParseToken, parse: SentenceParse): boolean {
  const tokens = parse.tokens;
  const organization = (t: ParseToken | undefined) => t?.ner === "ORGANIZATION";
  // The token is the first name or the surname: the run's last two words.
  const at =
    organization(tokens[token.index + 1]) && !organization(tokens[token.index + 2])
      ? token.index
      : token.index - 1;
  const [first, surname] = [tokens[at], tokens[at + 1]];
  if (!first || !surname || organization(tokens[at + 2])) return false;
  const nameWords = [first, surname].every(
    (t) => organization(t) && t.pos === "PROPN" && /^\p{Lu}\p{Ll}+$/u.test(t.word),
  );
  if (!nameWords || genderOfName(first.word) === undefined) return false;
  let start = at;
  while (organization(tokens[start - 1])) start -= 1;
  // The run names the organisation before the name, in the genitive of a noun ("Rektorin der").
  return (
    start < at && /^(der|des)$/i.test(tokens[start - 1]?.word ?? "") && tokens[start - 2]?.pos === "NOUN"
  );
}

/**
 * "wird Cigdem Bern, Beigeordnete der Stadt Krefeld", "Digitalministerin Cigdem Bern": two proper
 * nouns the parse joins as one name, right before a comma and a role or right after a role, are
 * a person's name whatever the model tags them (a first name it does not know, a surname that is
 * also a city's).
 */
function nameBesideRole(token: ParseToken, parse: SentenceParse): boolean {
  const pair = (first: ParseToken | undefined, second: ParseToken | undefined) => {
    if (first === undefined || second === undefined || second.start - first.end > 1) return false;
    const names = [first, second].every(
      (t) => t.pos === "PROPN" && t.ner !== "ORGANIZATION" && /^\p{Lu}\p{Ll}+$/u.test(t.word),
    );
    if (!names || second.dep !== "flat") return false;
    const role = parse.tokens[first.index - 1];
    // "Cigdem Bern, Beigeordnete der Stadt Krefeld"
    const before =
      second.head === first.index &&
      parse.tokens[second.index + 1]?.word === "," &&
      isRoleWord(parse.tokens[second.index + 2]?.word ?? "");
    // "Digitalministerin Cigdem Bern stellte ... vor": both hang on the role.
    const after =
      role !== undefined &&
      isRoleWord(role.word) &&
      first.head === role.index &&
      (second.head === role.index || second.head === first.index) &&
      parse.tokens[second.index + 1]?.pos !== "PROPN";
    return before || after;
  };
  return pair(token, parse.tokens[token.index + 1]) || pair(parse.tokens[token.index - 1], token);
}

/** Surname endings where a final "s" is the name's own ("Fuchs", "Voss", "Jonas"). */
const OWN_FINAL_S = /(us|as|is|os|ss|chs|x|z)$/;

/**
 * "Jan Maiers Nachfolgerin": a full name in the genitive before the noun it belongs to loses its
 * "-s" (the person is Jan Maier); a single surname is matched as it is named elsewhere.
 */
function genitiveBeforeNoun(
  run: { start: number; end: number; words: number },
  parse: SentenceParse,
): boolean {
  if (run.words < 2) return false;
  const last = parse.tokens.find((t) => t.end === run.end);
  if (!last || !/\p{Ll}s$/u.test(last.word) || OWN_FINAL_S.test(last.word)) return false;
  const next = parse.tokens[last.index + 1];
  if (!next || next.pos !== "NOUN" || next.start !== last.end + 1) return false;
  return parse.tokens.some(
    (t) => t.start >= run.start && t.end <= run.end && t.head === next.index && /^(nmod|det)/.test(t.dep),
  );
}

export function surnameOf(name: string): string {
  return (name.split(" ").pop() ?? name).toLowerCase();
}

/** Person mentions from the NER runs of `parse`, in sentence character offsets and our token indices. */
export function findParsedPeople(
  sentence: string,
  tokens: Token[],
  parse: SentenceParse,
  mentions: Mention[],
  registry: PeopleRegistry,
): Mention[] {
  const runs: { start: number; end: number; words: number }[] = [];
  let current: { start: number; end: number; words: number } | undefined;
  let previous: ParseToken | undefined;
  for (const token of parse.tokens) {
    // A surname named before in the article counts whatever the tag ("MediaMarktSaturn-Chef Wildberger").
    // A hyphenated surname the tokenizer cut ("Meyer-Falcke") is looked up whole.
    const glued = /^\p{L}+(?:-\p{L}+)+/u.exec(sentence.slice(token.start))?.[0] ?? token.word;
    const knownSurname =
      (surnameEntity(token.word, registry) !== undefined || registry.bySurname.has(glued.toLowerCase())) &&
      (token.pos === "PROPN" ||
        /^(nsubj|obj|appos)/.test(token.dep) ||
        TITLE.test(previous?.word ?? "") ||
        isRoleWord(previous?.word ?? ""));
    // "Peter Hoffmann Bayern-CIO wurde": the model may run a name on over a role compound.
    const role = isRoleWord(token.word) || (glued !== token.word && isRoleWord(glued));
    // "Landrat a. D. Karl-Heinz Schröter": "außer Dienst", no initial of a name.
    const retired = token.word === "D." && previous?.word === "a.";
    const isName =
      (token.ner === "PERSON" ||
        knownSurname ||
        untaggedFirstName(token, parse) ||
        untaggedSurname(token, parse) ||
        nameBesideRole(token, parse) ||
        nameClosingOrganization(token, parse)) &&
      !role &&
      !retired &&
      !TITLE.test(token.word) &&
      /^\p{Lu}/u.test(token.word);
    previous = token;
    const particle = current && PARTICLE.test(token.word) && token.ner === "PERSON";
    if (isName || particle) {
      if (current && token.start - current.end <= 1) {
        current.end = token.end;
        current.words += 1;
      } else {
        current = { start: token.start, end: token.end, words: 1 };
        runs.push(current);
      }
    } else current = undefined;
  }
  // Hyphenated names the tokenizer cut: "Ina-Maria Ulbrich", "Meyer-Falcke".
  for (const run of runs) {
    const before = /\p{Lu}[\p{L}]*-$/u.exec(sentence.slice(Math.max(0, run.start - 30), run.start));
    if (before) run.start -= before[0].length;
    const after = /^-\p{Lu}[\p{L}]*/u.exec(sentence.slice(run.end));
    if (after) run.end += after[0].length;
  }
  const found: Mention[] = [];
  for (const run of runs.flatMap((r) => splitSideBySide(sentence, r, registry))) {
    if (mentions.some((m) => m.start < run.end && run.start < m.end && m.form !== "partial")) continue;
    if (genitiveBeforeNoun(run, parse)) run.end -= 1;
    const text = sentence.slice(run.start, run.end);
    let entity: KnownEntity | undefined;
    if (run.words === 1)
      entity = surnameEntity(text, registry) ?? namedByRole(text, run.start, sentence, registry);
    else entity = registry.byName.get(slugify(text)) ?? newPerson(text);
    if (!entity) continue;
    const first = tokens.findIndex((t) => t.end > run.start);
    let last = tokens.findIndex((t) => t.start >= run.end);
    if (last < 0) last = tokens.length;
    if (first < 0 || first >= last) continue;
    found.push({ start: run.start, end: run.end, first, last, text, entity, form: "pattern" });
  }
  return found;
}

/**
 * "Staatssekretär Schlömer", "Landrätin Bischof": a surname right after a role names a person, by
 * the full name the article gives later, else by the surname alone.
 */
function namedByRole(
  surname: string,
  start: number,
  sentence: string,
  registry: PeopleRegistry,
): KnownEntity | undefined {
  const before = /(\p{L}[\p{L}-]*) $/u.exec(sentence.slice(Math.max(0, start - 40), start))?.[1] ?? "";
  // ("Herr Popp ist Sachsens CIO" in a headline, before the article gives his full name.)
  if (!(isRoleWord(before) || /^(Herr|Frau)$/.test(before)) || surname.length < 3) return undefined;
  // A first name the model did not run on into the surname ("Wohnminister Hans-Joachim Grote") is none.
  if (/^\s+\p{Lu}\p{Ll}/u.test(sentence.slice(start + surname.length))) return undefined;
  const full = registry.fullNames.get(surname.toLowerCase());
  return full ? (registry.byName.get(slugify(full)) ?? newPerson(full)) : newPerson(surname);
}

/** "Cordula Kießling Wolfgang Mosbacher" is two people: runs of four or more names split in the middle. */
function splitSideBySide(
  sentence: string,
  run: { start: number; end: number; words: number },
  registry: PeopleRegistry,
): { start: number; end: number; words: number }[] {
  const text = sentence.slice(run.start, run.end);
  // "beerbt Hagen Henning Lühr": a surname named before, then another person's full name.
  const first = text.split(" ")[0]!;
  if (run.words >= 3 && registry.bySurname.has(first.toLowerCase()) && !registry.byName.has(slugify(text))) {
    const rest = { start: run.start + first.length + 1, end: run.end, words: run.words - 1 };
    return [{ start: run.start, end: run.start + first.length, words: 1 }, rest];
  }
  // "bezeichnete Innenministerin Daniela Behrens Pörksen als ...": a full name, then the surname of
  // another person named before (one whose first name is not this name's).
  const words = text.split(" ");
  const last = words[words.length - 1]!;
  const named = registry.bySurname.get(last.toLowerCase());
  if (
    run.words >= 3 &&
    named &&
    named.name.split(" ")[0] !== words[0] &&
    !registry.byName.has(slugify(text))
  ) {
    const end = run.end - last.length - 1;
    return [
      { start: run.start, end, words: run.words - 1 },
      { start: end + 1, end: run.end, words: 1 },
    ];
  }
  // "Chris von Wrycz Rekowski": a name with a particle is one person's, however long.
  if (run.words < 4 || (run.words < 6 && words.slice(1, -1).some((w) => PARTICLE.test(w)))) return [run];
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
  const middle = spaces[Math.floor(spaces.length / 2)];
  if (middle === undefined) return [run];
  const half = Math.floor(run.words / 2);
  return [
    { start: run.start, end: run.start + middle, words: half },
    { start: run.start + middle + 1, end: run.end, words: run.words - half },
  ];
}

/** A surname named before, also in the genitive ("Richters Platz", "Gerlachs Nachfolger"). */
function surnameEntity(word: string, registry: PeopleRegistry): KnownEntity | undefined {
  const lower = word.toLowerCase();
  return (
    registry.bySurname.get(lower) ??
    (/s$/.test(lower) ? registry.bySurname.get(lower.slice(0, -1)) : undefined)
  );
}

/** Remembers every person named with more than one word, so a later surname alone resolves to them. */
export function registerPeople(registry: PeopleRegistry, mentions: Mention[]): void {
  for (const mention of mentions) {
    if (mention.entity.type !== "Person" || mention.form === "anaphor") continue;
    const name = mention.entity.name;
    if (!name.includes(" ")) continue;
    registry.byName.set(slugify(name), mention.entity);
    const surname = surnameOf(name);
    const known = registry.bySurname.get(surname);
    // Two people of the same surname: a surname alone is ambiguous, so it resolves to neither.
    if (known && known.id !== mention.entity.id) registry.ambiguous.add(surname);
    if (!registry.ambiguous.has(surname)) registry.bySurname.set(surname, mention.entity);
    else registry.bySurname.delete(surname);
  }
}
