/**
 * The text of what was decided, launched or announced, as the source names it: the head noun
 * phrase of the verb's object with its attributes after it (genitives and prepositional phrases,
 * "Gründung der FITKO mit Sitz in Frankfurt am Main"), without the verb's other arguments, an
 * article before it, a relative clause or an adjective with its own phrase
 * ("das im Projekt erarbeitete Zielbild" -> "Zielbild"). A bare definite noun that stands for a
 * thing named before ("dem Gesetz" after "das Registermodernisierungsgesetz") is that thing.
 */
import type { ParseToken } from "../parse/align.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import type { Clause } from "./clause.js";

/** Dependents of an attribute that stay in the phrase; conjuncts stay below the head only. */
const ATTRIBUTE = /^(det|case|amod|nummod|compound|flat|appos|nmod|punct|cc|conj|advmod|fixed)/;
const SIMPLE_MODIFIER = /^(amod|nummod|det)$/;
const QUANTITY = /^(Million|Millionen|Milliarde|Milliarden|Tausend|Mio\.?|Mrd\.?)$/;
const MAX_WORDS = 14;
const ARTICLE =
  /^(der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|dieser|diese|dieses|diesen|diesem|solch|solche|solches|solchen|solcher|jene|jener|jenes|jenen)$/i;
/** Prepositions of a phrase that says what a decision is about or for. */
const ATTACHED_CASE = /^(zu|zur|zum|über|für)$/i;

/**
 * An adjective or number with a phrase of its own ("im Projekt erarbeitete") is a clause, not a
 * name; a number's own number is part of it ("um 500 Millionen Euro").
 */
function simple(clause: Clause, token: ParseToken): boolean {
  return clause
    .children(token.index)
    .every((c) => /^(advmod|punct)$/.test(c.dep) || (c.dep === "nummod" && c.pos === "NUM"));
}

function attributes(clause: Clause, index: number, keep: Set<number>, top: boolean): void {
  keep.add(index);
  for (const child of clause.children(index)) {
    if (!ATTRIBUTE.test(child.dep)) continue;
    // The head's own conjuncts are things of their own (split by the caller).
    if (top && /^(conj|cc)$/.test(child.dep)) continue;
    // The head's own preposition ("auf Leitlinien", "u.a. den Standard") is the verb's.
    if (top && /^(advmod|case)$/.test(child.dep)) continue;
    if (SIMPLE_MODIFIER.test(child.dep) && !simple(clause, child)) continue;
    // A genitive or name before the head belongs to it ("Bayerns Strategie"); a phrase before it that is no name does not.
    // (A quantity is the head's: "um 500 Millionen Euro".)
    if (/^nmod/.test(child.dep) && child.index < index && child.pos !== "PROPN" && !QUANTITY.test(child.word))
      continue;
    attributes(clause, child.index, keep, false);
  }
}

/**
 * The noun phrase of `head` as written, without its leading article and at most MAX_WORDS words
 * (articles and prepositions not counted).
 * With `verb`, a prepositional phrase the parser hung on the verb right after the noun
 * ("die Vereinbarung zur Umsetzung des Cockpits unterzeichnet") is the noun's.
 */
export function nounPhrase(clause: Clause, head: number, verb?: number): string {
  const keep = new Set<number>();
  attributes(clause, head, keep, true);
  if (verb !== undefined) {
    const next = Math.max(...keep) + 1;
    const attached = clause.children(verb, /^obl/).find((t) => Math.min(...clause.subtree(t.index)) === next);
    if (attached && clause.children(attached.index, /^case$/).some((c) => ATTACHED_CASE.test(c.word)))
      attributes(clause, attached.index, keep, false);
  }
  const sorted = [...keep].sort((a, b) => a - b);
  // The phrase runs from its first kept word to its last, cut at a comma outside a parenthesis.
  let depth = 0;
  let end = sorted.length;
  for (let at = 0; at < sorted.length; at += 1) {
    const word = clause.tokens[sorted[at]!]!.word;
    if (word === "(") depth += 1;
    else if (word === ")") depth -= 1;
    else if (depth === 0 && /^[,;:]$/.test(word) && sorted[at]! > head) {
      end = at;
      break;
    }
  }
  let kept = sorted.slice(0, end);
  // Articles go, quantities stay: "mehr Personal".
  const leading = (t: ParseToken) => /^(ADP|PUNCT|CCONJ|PRON|X)$/.test(t.pos) || ARTICLE.test(t.word);
  while (kept.length > 1 && leading(clause.tokens[kept[0]!]!)) kept = kept.slice(1);
  while (kept.length > 1 && /^(ADP|CCONJ|DET)$/.test(clause.tokens[kept.at(-1)!]!.pos))
    kept = kept.slice(0, -1);
  const words = kept.filter((i) => !/^(PUNCT|DET|ADP)$/.test(clause.tokens[i]!.pos));
  if (words.length > MAX_WORDS) return "";
  return clause
    .runs(kept)
    .replace(/\s*[-–]\s*$/, "")
    .replace(/^[-–(\s]+/, "")
    .trim();
}

/** Nouns that, bare and definite, stand for the thing of their kind named before. */
const GENERIC_HEADS = [
  "Gesetz",
  "Staatsvertrag",
  "Vertrag",
  "Vereinbarung",
  "Abkommen",
  "Verordnung",
  "Richtlinie",
  "Strategie",
  "Plattform",
  "Portal",
  "Programm",
];
const DEFINITE = /^(der|die|das|dem|den|des|dieser|diese|dieses|diesem|diesen)$/i;
/** Words for a bill that stand for the law named before. */
const BILL = /^(Vorhaben|Gesetzentwurf|Gesetzesentwurf|Gesetzesvorhaben|Entwurf)$/;
const CASE_ENDING = /^(|s|es)$/;

/** The generic noun a word is ("Gesetzes" is "Gesetz"), if it is one. */
function genericHead(word: string): string | undefined {
  return GENERIC_HEADS.find((head) => word.startsWith(head) && CASE_ENDING.test(word.slice(head.length)));
}

/** The last compound in `text` whose last part is `head` ("Registermodernisierungsgesetzes" for "Gesetz"). */
function lastCompound(text: string, head: string): string | undefined {
  const lower = head.toLowerCase();
  let found: string | undefined;
  for (const word of text.split(/[^\p{L}\d-]+/u)) {
    if (!/^\p{Lu}/u.test(word)) continue;
    const at = word.toLowerCase().lastIndexOf(lower);
    if (at <= 0 || !CASE_ENDING.test(word.slice(at + lower.length))) continue;
    found = word.slice(0, at + lower.length);
  }
  return found;
}

/**
 * "dem Gesetz" with no attribute of its own, after "das Registermodernisierungsgesetz": the
 * compound last named that ends in the same noun, in this sentence before it, an earlier
 * sentence or the headline; undefined when none is named.
 */
export function antecedentName(
  clause: Clause,
  head: number,
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): string | undefined {
  const token = clause.tokens[head]!;
  // "Der Bundestag hat das Vorhaben verabschiedet": a bill named by what it is, the law named before.
  const generic = genericHead(token.word) ?? (BILL.test(token.word) ? "Gesetz" : undefined);
  if (!generic) return undefined;
  const own = clause.children(head);
  if (!own.some((c) => c.dep === "det" && DEFINITE.test(c.word))) return undefined;
  if (own.some((c) => /^(nmod|appos|flat|compound)/.test(c.dep))) return undefined;
  const here = lastCompound(sentence.text.slice(0, token.start), generic);
  if (here) return here;
  for (let at = analyzed.sentences.indexOf(sentence) - 1; at >= 0; at -= 1) {
    const found = lastCompound(analyzed.sentences[at]!.text, generic);
    if (found) return found;
  }
  return lastCompound(analyzed.item.title ?? "", generic);
}

/**
 * "Satzung und Wirtschaftsplan der FITKO": the genitive after the last of coordinated nouns
 * belongs to each of them. For a conjunct without an attribute of its own, the words of the
 * genitive of the last conjunct (with its article), else "".
 */
export function sharedGenitive(clause: Clause, index: number, conjuncts: number[]): string {
  const last = conjuncts.at(-1);
  if (last === undefined || last === index || conjuncts.indexOf(index) < 0) return "";
  if (clause.children(index, /^(nmod|appos|flat)/).length > 0) return "";
  const genitive = clause
    .children(last, /^nmod/)
    .find((t) => t.index > last && clause.children(t.index, /^case$/).length === 0);
  return genitive ? clause.runs(clause.subtree(genitive.index)) : "";
}

/** Role nouns: "den Präsidenten", "die neue Leiterin". */
const ROLE =
  /(präsident|präsidenten|leiter|minister|direktor|chef|beauftragte|beauftragten|beauftragter|sekretär|vorsitzende|vorsitzenden|vorsitzender|bürgermeister|gäste|teilnehmer|besucher)(in|innen)?$/i;

/** The nominal names a person or a role ("CIO Horst Westerfeld", "die neue Leiterin"): no decided or welcomed thing. */
export function namesPerson(clause: Clause, index: number): boolean {
  if (ROLE.test(clause.tokens[index]!.word)) return true;
  return [index, ...clause.children(index, /^(flat|appos)/).map((t) => t.index)].some(
    (at) => clause.mentionAt(at)?.entity.type === "Person",
  );
}

/** "einzurichten" is "einrichten". */
const SEPARABLE_ZU =
  /\b(ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|zurück|zusammen|um|weiter|voran|bereit|dar|fort|frei|durch|teil|statt)zu(\p{Ll}{3,})$/u;

/** An infinitive clause as a plan names it: "alle Dienste online anzubieten" -> "alle Dienste online anbieten", "zu prüfen" -> "prüfen". */
export function bareInfinitive(text: string): string {
  return text.replace(SEPARABLE_ZU, "$1$2").replace(/\bzu (\p{L}+)$/u, "$1");
}
