/**
 * An organisation the text names in full with its abbreviation in parentheses, as the owner of an
 * office: "Vorsitzender des Landesverbandes der IT- und Multimediaindustrie (VITM)" is an office of
 * that association, "Geschäftsführer der Kommunalen Informationsverarbeitung Sachsen (KISA)" one of
 * the KISA, not of Sachsen. The abbreviation marks the words before it as a proper name; a
 * government's own words ("des Landes Nordrhein-Westfalen (NRW)") are left to the other owners.
 */
import { slugify } from "../../model/ids.js";
import type { View } from "../parse/view.js";
import { isRoleWord } from "../entities/people.js";
import type { KnownEntity } from "../types.js";
import { nominative } from "./office-names.js";

/** Two capitals at least, no spaces: "VITM", "KISA", "BITBW", "IT.NRW". */
const ABBREVIATION = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{L}\d.&-]{2,10}$/u;
/** Heads that name a government or a place, not an organisation of its own. */
const GOVERNMENT_HEAD =
  /^(Land|Landes|Freistaat(e?s)?|Bund(es)?|Bundesregierung|Landesregierung|Landesverwaltung|Staatsregierung|Staatskanzlei|Senatskanzlei|Senat(e?s)?|Stadt|Gemeinde|Landkreis(e?s)?|Kreis(e?s)?|Region)$/;
/** How far after its head a name's abbreviation may stand. */
const REACH = 10;

export function abbreviatedOwner(index: number, view: View): KnownEntity | undefined {
  const t = view.tokens;
  const head = t[index]!;
  if (!/^\p{Lu}/u.test(head.word) || head.pos === "ADJ" || GOVERNMENT_HEAD.test(head.word)) return undefined;
  if (view.mentionAt(index)) return undefined;
  // The name runs on to the parenthesis: nouns, adjectives, "für", articles and "und" only
  // (the parser may hang its last words on the role: "des Kompetenzzentrums öffentliche IT (ÖFIT)").
  let open = index + 1;
  while (open < Math.min(t.length, index + REACH) && t[open]!.word !== "(") {
    const token = t[open]!;
    const part = /^(NOUN|PROPN|ADJ|DET|CCONJ)$/.test(token.pos) || token.word === "für" || token.word === "-";
    if (!part || view.personAt(open)) return undefined;
    open += 1;
  }
  const abbreviation = t[open + 1]?.word ?? "";
  if (t[open]?.word !== "(" || t[open + 2]?.word !== ")" || !ABBREVIATION.test(abbreviation))
    return undefined;
  // "Beauftragter der Landesverwaltung für Informationstechnik (CIO)": the role's abbreviation.
  if (isRoleWord(abbreviation)) return undefined;
  // A known abbreviation is that organisation ("(KISA)").
  const known = view.mentionAt(open + 1);
  if (known) return known.entity.type === "Organization" ? known.entity : undefined;
  // "in der Zentrale der Bundesagentur für Arbeit (BA)": a known organisation right before the
  // parenthesis is the one abbreviated, not the words from the head on.
  const before = view.mentionAt(open - 1);
  if (before?.entity.type === "Organization" && before.form !== "partial" && before.start > head.start)
    return before.entity;
  // "der Kommunalen Informationsverarbeitung": capitalised adjectives before the head are the name's.
  let start = index;
  while (
    start > 0 &&
    (t[start - 1]!.pos === "ADJ" || t[start - 1]!.dep === "amod") &&
    /^\p{Lu}/u.test(t[start - 1]!.word)
  )
    start -= 1;
  const text = view.sentence.text.slice(t[start]!.start, t[open - 1]!.end);
  const name = nominative(text);
  return { id: slugify(name), name, type: "Organization", isNew: true };
}
