/**
 * Names as gold annotations and predictions write them, resolved to what they stand for: a
 * known entity of the reference gazetteer (a Land in any inflection, "Bund" / "Bundesregierung"
 * -> DE, known bodies and people), else a normalised person name, else the content words of a
 * free-text name. The rules are stated in README.md.
 */
import type { Gazetteer, KnownEntity } from "../ingest/index.js";

export interface ResolvedName {
  /** The name as written. */
  name: string;
  /** The known entity the whole name stands for, if any. */
  entity?: KnownEntity;
  /** Lower-cased, umlaut-folded words of the name without titles and parentheses. */
  personKey: string;
  /** Stemmed content words (stop words dropped). */
  tokens: Set<string>;
}

const TITLES =
  /^(dr|prof|professor|professorin|dipl|ing|h\.?\s?c|mdb|mdl|mba|llm|ll\.?m|rer|nat|pol|phil|jur|med|habil)\.?$/i;
const FOLD: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };
/** Compared after folding, as the words are: "für" and "über" are stop words too. */
const STOP_WORDS = new Set(
  (
    "der die das des dem den ein eine einer eines einem einen und oder sowie für von vom zum zur " +
    "im in ins am an auf mit bei beim aus zu über nach als bis durch gegen ohne um unter neue neuen " +
    "neuer neues ihr ihre sein seine alle allen land landes bundesland bundeslandes freistaat freistaats"
  )
    .split(" ")
    .map((word) => word.replace(/[äöüß]/g, (letter) => FOLD[letter] ?? letter)),
);

function fold(word: string): string {
  return word
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => FOLD[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

/** Words of a name without parenthesised parts: "Dr. Markus Richter (CSU)" -> Dr., Markus, Richter. */
function words(name: string): string[] {
  return name
    .replace(/\([^)]*\)/g, " ")
    .replace(/[„“”"«»‚‘’']/g, " ")
    .split(/\s+/)
    .filter(Boolean);
}

/** "Prof. Dr. Markus Söder (CSU)" -> "markus soeder". */
export function personKey(name: string): string {
  return words(name)
    .map((word) => word.replace(/[,;:]+$/, ""))
    .filter((word) => !TITLES.test(word) && !/^(dr|prof)\.[\p{L}-]*$/iu.test(word))
    .map(fold)
    .join(" ");
}

/** A crude German stem: one common ending off words of five letters or more. */
function stem(word: string): string {
  return word.length >= 5 ? word.replace(/(en|er|es|em|e|n|s)$/, "") : word;
}

/** Content words: split at anything but letters and digits (hyphens too), stop words dropped, stemmed. */
export function contentTokens(name: string): Set<string> {
  const tokens = fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 1 && !STOP_WORDS.has(token))
    .map(stem);
  return new Set(tokens);
}

/**
 * The governing organs of a body: "Vorstand von Dataport" stands for Dataport, "Verbandsversammlung
 * des KRZN" (a Zweckverband's assembly) for the KRZN.
 */
const ORGAN_WORDS = new Set(
  [
    "vorstand",
    "verwaltungsrat",
    "aufsichtsrat",
    "präsidium",
    "beirat",
    "geschäftsführung",
    "kuratorium",
    "verbandsversammlung",
  ].map((word) => stem(fold(word))),
);

export function withoutOrganWords(tokens: Set<string>): Set<string> {
  return new Set([...tokens].filter((token) => !ORGAN_WORDS.has(token)));
}

/** Words that say what kind of project a name is, not which: "Projekt „eBAFSYS“", "Bundesratsinitiative ELFE". */
const PROJECT_KIND_WORDS = new Set(
  [
    "projekt",
    "pilotprojekt",
    "modellprojekt",
    "vorhaben",
    "initiative",
    "bundesratsinitiative",
    "programm",
    "förderprogramm",
    "plattform",
    "portal",
  ].map((word) => stem(fold(word))),
);

export function withoutProjectKindWords(tokens: Set<string>): Set<string> {
  return new Set([...tokens].filter((token) => !PROJECT_KIND_WORDS.has(token)));
}

/** A name without its parenthesised parts: "Bundesamt für Migration und Flüchtlinge (BAMF)" -> its name. */
function withoutParentheses(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*/g, " ").trim();
}

/** The content words of a name outside its parentheses (a parenthesis may be a gloss). */
export function contentTokensOutsideParentheses(name: string): Set<string> {
  return contentTokens(withoutParentheses(name));
}

export function sameWords(a: Set<string>, b: Set<string>): boolean {
  return a.size > 0 && a.size === b.size && [...a].every((token) => b.has(token));
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * The ways a name may be looked up: as written, without its parenthesis ("Bundesamt für
 * Migration und Flüchtlinge (BAMF)"), without titles. A parenthesis alone is never looked up:
 * "Neubesetzung des Normenkontrollrates (NKR)" is not the NKR.
 */
function lookupVariants(name: string): string[] {
  const clean = name.replace(/[„“”"«»]/g, "").trim();
  const withoutParenthesis = withoutParentheses(clean);
  const withoutTitles = words(clean)
    .filter((word) => !TITLES.test(word))
    .join(" ");
  return [clean, withoutParenthesis, withoutTitles];
}

export function findEntity(name: string, gazetteer: Gazetteer): KnownEntity | undefined {
  for (const variant of lookupVariants(name)) {
    if (variant === "") continue;
    const entity = gazetteer.findByName(variant);
    if (entity) return entity;
  }
  return undefined;
}

export function resolveName(name: string, gazetteer: Gazetteer): ResolvedName {
  const resolved: ResolvedName = { name, personKey: personKey(name), tokens: contentTokens(name) };
  const entity = findEntity(name, gazetteer);
  if (entity) resolved.entity = entity;
  return resolved;
}

/** A known entity as predicted: its id is authoritative, its name gives the words. */
export function resolveKnown(entity: KnownEntity, gazetteer: Gazetteer): ResolvedName {
  const known = gazetteer.byId.get(entity.id);
  const resolved: ResolvedName = {
    name: entity.name,
    personKey: personKey(entity.name),
    tokens: contentTokens(entity.name),
  };
  if (known) resolved.entity = known;
  return resolved;
}

/** "Markus Söder", "Dr. Heiko Geue": two to four capitalised words, no stop word, nothing known. */
export function looksLikePersonName(name: string): boolean {
  const parts = personKey(name).split(" ").filter(Boolean);
  const raw = words(name).filter((word) => !TITLES.test(word));
  return (
    parts.length >= 2 &&
    parts.length <= 4 &&
    raw.every((word) => /^\p{Lu}[\p{L}'-]*\.?$/u.test(word) || /^(von|van|de|zu|der)$/.test(word))
  );
}

export function hasTitle(name: string): boolean {
  return words(name).some((word) => TITLES.test(word));
}
