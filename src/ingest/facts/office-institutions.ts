/**
 * An institution the gazetteer does not know, named by a common noun with a name of its own:
 * "des Finanzamts Kassel", "der Universität Potsdam", "des Landesamts für Digitalisierung,
 * Breitband und Vermessung", "der Technischen Hochschule Köln". Its head is any compound that
 * ends in an institution word (Amt, Universität, Hochschule, Behörde, Betrieb, Zentrum, ...);
 * the name is a place or proper name after it, a "für" phrase, or a capitalised adjective
 * before it. A bare "des Finanzamts" names no institution; a federal agency's own compound
 * ("der Bundesnetzagentur") does. A ministry is not read here: a Land's
 * ministry stands for its Land (office-owners.ts).
 */
import { slugify } from "../../model/ids.js";
import type { View } from "../parse/view.js";
import { ASSOCIATION_NOUN } from "../entities/inflect.js";
import { INSTITUTION_NOUN } from "../entities/people.js";
import type { KnownEntity } from "../types.js";

/** Councils named by a name of their own ("des Cyber-Sicherheitsrates Deutschland"), not an organisation's organs. */
const COUNCIL_NOUN =
  /^(\p{Lu}[\p{L}-]*?(?<!verwaltungs|aufsichts|bei|stadt|gemeinde|kreis|land|landes|orts|bezirks)rat)(?:es|s)?$/iu;
const INSTITUTION = {
  exec: (word: string) =>
    INSTITUTION_NOUN.exec(word) ?? ASSOCIATION_NOUN.exec(word) ?? COUNCIL_NOUN.exec(word),
};
/** The ending of an adjective before a head of each gender: "Technische Hochschule", "Bayerisches Landesamt". */
const NEUTER_HEAD = /(amt|zentrum|institut|gericht|archiv|klinikum)$/;
const MASCULINE_HEAD = /(betrieb|tag|bund|verband)$/;
const NAME_PART = /^(flat|appos)$/;
/** "Bundes" + a word of its own + an institution word: one agency of the Bund, not a kind of office. */
const FEDERAL_AGENCY = /^Bundes\p{Ll}{3,}(amt|agentur|anstalt|behörde|zentrale|druckerei)(es|s)?$/u;

function isNamePart(view: View, index: number): boolean {
  const token = view.tokens[index]!;
  // "der Präsident der Bundesnetzagentur Klaus Müller": a person after it is its holder, no part of its name.
  if (view.personAt(index)) return false;
  return token.pos === "PROPN" || token.ner !== "O" || view.mentionAt(index) !== undefined;
}

const isInstitutionNoun = (view: View, index: number): boolean =>
  /^\p{Lu}/u.test(view.tokens[index]?.word ?? "") &&
  INSTITUTION.exec(view.tokens[index]!.word) !== null &&
  !view.mentionAt(index);

/**
 * The first part of a hyphenated compound the tokenizer cut off before `at`: "IT-" of
 * "IT-Verbunds", or "" where the word stands alone.
 */
export function gluedPrefix(view: View, at: number): string {
  const [part, dash, word] = [view.tokens[at - 2], view.tokens[at - 1], view.tokens[at]];
  return part && dash?.word === "-" && part.end === dash.start && dash.end === word?.start
    ? `${part.word}-`
    : "";
}

/**
 * The institution a token names, or undefined when the token is no institution noun with a name.
 * The parser may head the phrase by its adjective ("des Hessischen Landesamts für Statistik").
 */
export function institutionAt(index: number, view: View): KnownEntity | undefined {
  const token = view.tokens[index]!;
  const byAdjective =
    !isInstitutionNoun(view, index) &&
    /^\p{Lu}\p{Ll}+(e|en|er|es)$/u.test(token.word) &&
    view.children(index, /^flat$/).some((t) => t.index === index + 1 && isInstitutionNoun(view, t.index));
  if (!byAdjective && !isInstitutionNoun(view, index)) return undefined;
  const at = byAdjective ? index + 1 : index;
  const heads = byAdjective ? [index, at] : [at];
  const parts = [at];
  // "Technische Hochschule", "Bayerisches Landesamt": a capitalised adjective right before it.
  for (const child of view.children(at, /^amod$/))
    if (child.index === at - 1 && /^\p{Lu}/u.test(child.word)) parts.push(child.index);
  if (byAdjective) parts.push(index);
  // "der Bundesnetzagentur", "des Bundeskartellamts": a federal agency's compound is a name by itself.
  let named = parts.length > 1 || FEDERAL_AGENCY.test(view.tokens[at]!.word);
  // "Finanzamt Kassel", "Universität Potsdam": a name right after it.
  for (const child of view.children(at, NAME_PART))
    if (child.index === at + 1 && isNamePart(view, child.index)) {
      // ("der Universität Potsdam Anna Müller": the parser may hang the holder on the name; the
      // name ends before a person.)
      const name = view.subtree(child.index).filter((i) => i > at);
      const holder = name.find((i) => view.personAt(i));
      parts.push(...name.filter((i) => holder === undefined || i < holder));
      named = true;
    }
  // "Architektenkammer des Saarlandes", "Universität des Saarlandes": the Land it serves, in the
  // genitive right after it, by name (not "des Landes" alone; nor after an association's noun: "im
  // Landesverband des BSW Thüringen" is the party's; a town's unit, "des Ordnungsamts der Stadt
  // Ulm", is the town's office).
  const served = view.sentence.mentions.find(
    (m) =>
      m.first === at + 2 &&
      m.entity.type === "State" &&
      m.form === "name" &&
      /^(des|der)$/.test(view.tokens[at + 1]?.word ?? ""),
  );
  if (served && parts.length === 1 && !named && INSTITUTION_NOUN.test(view.tokens[at]!.word)) {
    parts.push(...Array.from({ length: served.last - at - 1 }, (_, k) => at + 1 + k));
    named = true;
  }
  // "Landesamt für Digitalisierung, Breitband und Vermessung": what it is for, with its conjuncts.
  const purpose = heads
    .flatMap((h) => view.children(h, /^nmod/))
    .find((t) => t.index > at && view.hasCase(t.index, "für"));
  if (purpose) {
    const span = [purpose.index, ...view.conjuncts(purpose.index)];
    for (const i of span) parts.push(...view.subtree(i).filter((j) => j > at));
    named = true;
  }
  if (!named) return undefined;
  let last = Math.max(...parts);
  // "Landesamt für Sicherheit in der Informationstechnik": the words of its phrase right after the
  // purpose, up to a comma or parenthesis, however the parser hung them.
  // (Not a place: "Amt für Digitalisierung, Organisation und IT in Stuttgart".)
  if (purpose) {
    const own = new Set(view.subtree(at));
    let end = last;
    while (own.has(end + 1) && view.tokens[end + 1]!.pos !== "PUNCT") end += 1;
    // (The parser may hang "in der Informationstechnik" on the verb: a common noun's phrase.)
    const word = (i: number) => view.tokens[i];
    if (end === last && /^(in|im)$/.test(word(end + 1)?.word ?? "")) {
      const noun = word(end + 2)?.pos === "DET" ? end + 3 : end + 2;
      if (word(noun)?.pos === "NOUN") end = noun;
    }
    const tail = Array.from({ length: end - last }, (_, k) => last + 1 + k);
    if (!tail.some((i) => view.mentionAt(i) !== undefined)) last = end;
  }
  while (last > at && /^(PUNCT|CCONJ|ADP|DET)$/.test(view.tokens[last]!.pos)) last -= 1;
  // The nominative: "des Finanzamtes Kassel" -> "Finanzamt Kassel", "der Technischen Hochschule" -> "Technische Hochschule".
  const head = INSTITUTION.exec(view.tokens[at]!.word)![1]!;
  const ending = NEUTER_HEAD.test(head) ? "es" : MASCULINE_HEAD.test(head) ? "er" : "e";
  const adjective = parts.includes(at - 1)
    ? `${view.tokens[at - 1]!.word.replace(/(e|en|er|es|em)$/, "")}${ending} `
    : "";
  const rest = last > at ? view.sentence.text.slice(view.tokens[at]!.end, view.tokens[last]!.end) : "";
  // "des IT-Verbunds Landsberg": the compound's first part, which the tokenizer cut off.
  const name = `${adjective}${gluedPrefix(view, at)}${head}${rest}`;
  if (/[„“"]/.test(name)) return undefined;
  return { id: slugify(name), name, type: "Organization", isNew: true };
}
