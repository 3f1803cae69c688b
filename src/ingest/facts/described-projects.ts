/**
 * Projects and services that news describe rather than name: "das digitale Bauantragsverfahren",
 * "einen Antrag auf Erteilung eines Aufenthaltstitels", "der Online-Dienst für die
 * Wohnsitzanmeldung". Most of them are in no gazetteer and carry no proper noun, yet they are
 * what a Land leads, a Kommune takes part in or an authority uses.
 *   describedProject   a noun of a service or project kind with something that describes it
 *                      (an adjective, a compound, an attribute after it) -> a new Project named by
 *                      its noun phrase, without the places and agents the verb adds
 *   projectNamedBefore "das Verfahren", "der digitale Prozess": the project or described service
 *                      the nearest sentence before names
 */
import { slugify } from "../../model/ids.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { Clause } from "./clause.js";

/** Nouns of a service or project kind, also as the head of a compound ("Bauantragsverfahren", "Online-Antrag"). */
const SERVICE_HEAD =
  /(verfahren|antrag|dienst|portal|plattform|app|akte|assistent|konto|register|cockpit|labor|projekt|anwendung|software|lösung|system|postfach|wallet|leistung|modellregion)(e?s|en)?$/i;
/** The bare kind words: alone they refer to a project named before ("das Verfahren"). */
const BARE =
  /^(Verfahren|Antrag|Dienst|Dienstes|Online-Dienst|Portal|Portals|Plattform|App|Akte|Assistent|Assistenten|Konto|Register|Projekt|Projekts|Projektes|Pilotprojekt|Pilotprojekts|Vorhaben|Vorhabens|Prozess|Prozesses|Anwendung|Software|Lösung|System|Systems|Angebot|Angebots|Antragsverfahren|Antragsassistent|Antragsassistenten|Leistung)$/;
/** Kind words a described noun phrase must not be a plural class of ("die Online-Dienste der Länder"). */
const PLURAL =
  /(verfahren|anträge|dienste|portale|plattformen|apps|akten|projekte|lösungen|leistungen|systeme)$/i;
/** Attributes that belong to the clause, not to the name: places, agents, partners, times. */
const CLAUSE_CASE = /^(in|im|bei|beim|durch|von|vom|mit|seit|ab|bis|an|am|unter|nach|aus|über)$/i;
const EDGE =
  /^(der|die|das|des|dem|den|ein|eine|einen|einem|einer|eines|sein|seine|seinen|seiner|ihr|ihre|ihren|ihrer|unser|unseren|unseren|dieser|diese|dieses|diesen)$/i;

const QUOTE = /^["„“”«»‚‘]$/;
const DIGITAL = /^(digital|elektronisch|online)(e|er|es|en|em)?$/i;
/** What a digital adjective makes no service of: "die digitale Transformation", "die digitale Verwaltung". */
const ABSTRACT =
  /(transformation|verwaltung|zukunft|welt|wandel|gesellschaft|wirtschaft|infrastruktur|bildung|kompetenz|souveränität|teilhabe|kommunikation|zusammenarbeit|strategie|agenda|zeitalter|medien|technik|technologie|ausstattung|lehre|schule|kultur|angebot|entwicklung|modernisierung|zeit|arbeit|raum|politik|wende|region|stadt|kommune|land)$/i;
const INDEFINITE = /^(ein|eine|einen|einem|einer|eines)$/i;

/**
 * "das Verfahren", "ihren Antrag", "der digitale Prozess": a bare kind noun without a name that
 * refers to a project named before ("einen neuen Antragsassistenten" introduces one).
 */
export function refersBack(clause: Clause, index: number): boolean {
  const token = clause.tokens[index];
  if (!token || !BARE.test(token.word) || clause.projectAt(index)) return false;
  // A compound, a name or an attribute describes it ("den Online-Dienst für die Hundesteuer"); "seit Juni" does not.
  const describing = clause
    .children(index)
    .some(
      (c) =>
        /^(compound|flat|appos)/.test(c.dep) ||
        (/^nmod/.test(c.dep) &&
          c.index > index &&
          !clause.children(c.index, /^case$/).some((k) => CLAUSE_CASE.test(k.word))),
    );
  return !describing && !clause.children(index, /^det/).some((d) => INDEFINITE.test(d.word));
}

/** The tokens of a described project's name: the noun, its modifiers, and its attributes up to three deep. */
function nameTokens(clause: Clause, index: number, depth: number): number[] {
  const keep = [index];
  for (const child of clause.children(index)) {
    if (/^compound/.test(child.dep) && child.index < index) {
      keep.push(...clause.subtree(child.index));
    } else if (/^(compound|flat|appos)/.test(child.dep)) {
      // A name part has its own attributes, read the same way: "Bürgerkonto für die Stadt Köln" ends before "für".
      keep.push(...nameTokens(clause, child.index, depth));
    } else if (/^(amod|det|case|punct|nummod)/.test(child.dep)) {
      // A participle with its own phrase ("das im Gesetz geregelte") is no part of the name.
      const below = clause.subtree(child.index);
      if (below.length <= 2 && child.index < index) keep.push(...below);
    } else if (/^nmod/.test(child.dep) && child.index > index && depth > 0) {
      const cases = clause.children(child.index, /^case$/);
      if (cases.some((c) => CLAUSE_CASE.test(c.word)) || clause.actorAt(child.index)) continue;
      // A number or a place is the clause's ("für 2025", "in Teltow-Fläming"), each level apart.
      if (child.pos === "NUM" || child.ner === "LOCATION") continue;
      keep.push(...nameTokens(clause, child.index, depth - 1));
    }
  }
  return keep;
}

/** The contiguous run of a name's tokens around the noun, without leading articles or trailing words of the clause. */
function nameOf(clause: Clause, index: number): string {
  const keep = new Set(nameTokens(clause, index, 3));
  let first = index;
  let last = index;
  while (keep.has(first - 1)) first -= 1;
  while (keep.has(last + 1)) last += 1;
  const edge = (i: number) =>
    EDGE.test(clause.tokens[i]!.word) || /^(ADP|PUNCT|CCONJ|DET|PRON)$/.test(clause.tokens[i]!.pos);
  while (first < index && edge(first)) first += 1;
  while (last > index && edge(last)) last -= 1;
  // A quoted name right after the noun belongs to it: der Online-Dienst „elektronische Wohnsitzanmeldung“.
  if (QUOTE.test(clause.tokens[last + 1]?.word ?? "")) {
    const close = clause.tokens.findIndex((t, i) => i > last + 1 && i <= last + 9 && QUOTE.test(t.word));
    if (close > 0) last = close - 1;
  }
  return clause.runs(Array.from({ length: last - first + 1 }, (_, i) => first + i));
}

/** Something describes the noun: an adjective, an attribute after it, or its own compound ("Bauantragsverfahren"). */
function isDescribed(clause: Clause, index: number): boolean {
  const word = clause.tokens[index]!.word;
  if (!BARE.test(word)) return true;
  return clause
    .children(index)
    .some(
      (c) =>
        (c.dep === "amod" && c.pos === "ADJ" && clause.subtree(c.index).length === 1) ||
        /^(compound|flat)/.test(c.dep) ||
        (/^nmod/.test(c.dep) &&
          c.index > index &&
          !clause.children(c.index, /^case$/).some((k) => CLAUSE_CASE.test(k.word)) &&
          !clause.actorAt(c.index)),
    );
}

/**
 * A project or service the nominal at `index` describes: a singular noun of a service or project
 * kind that something describes. Not an actor, not a plural class of things.
 */
export function describedProject(clause: Clause, index: number): KnownEntity | undefined {
  const token = clause.tokens[index];
  if (!token || token.pos !== "NOUN" || PLURAL.test(token.word)) return undefined;
  // "das digitale Wohngeld", "die elektronische Baugenehmigung": a digital form of any procedure is a service.
  const digital = clause.children(index, /^amod$/).some((c) => DIGITAL.test(c.word));
  if (!SERVICE_HEAD.test(token.word) && !(digital && !ABSTRACT.test(token.word) && token.word.length > 4))
    return undefined;
  if (clause.actorAt(index) || !isDescribed(clause, index)) return undefined;
  // "digitale Verfahren" with no article may be a plural class too.
  if (/(verfahren)$/i.test(token.word) && clause.children(index, /^det$/).length === 0) return undefined;
  const name = nameOf(clause, index);
  if (name.length < 6 || name.split(/\s+/).length > 12) return undefined;
  return { id: slugify(name), name, type: "Project", isNew: true };
}

/** Known or pattern-found projects a sentence names, and the projects it describes, in word order. */
function projectsIn(sentence: AnalyzedSentence): { at: number; entity: KnownEntity }[] {
  const clause = new Clause(sentence);
  const found: { at: number; entity: KnownEntity }[] = sentence.mentions
    .filter(
      (m) =>
        m.entity.type === "Project" && m.form !== "partial" && !/^(law|strategy)$/.test(m.entity.kind ?? ""),
    )
    .map((m) => ({ at: m.start, entity: m.entity }));
  for (const token of clause.tokens) {
    if (!/^(nsubj|nsubj:pass|obj)$/.test(token.dep)) continue;
    if (found.some((f) => f.at <= token.start && token.start < f.at + f.entity.name.length)) continue;
    // "den Online-Dienst „Kita-Platz“": the name right after the kind noun is the project.
    const soon = clause.tokens[token.index + 3]?.end ?? Infinity;
    if (found.some((f) => f.at > token.start && f.at <= soon)) continue;
    // "Der Online-Dienst „Kita-Gutschein“": the name the phrase gives, else the description.
    const named =
      SERVICE_HEAD.test(token.word) && clause.hasName(token.index)
        ? clause.projectFor(token.index)
        : undefined;
    const described = named?.entity ?? describedProject(clause, token.index);
    if (described) found.push({ at: token.start, entity: described });
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * "das Verfahren", "der digitale Prozess", "den Antragsassistenten": the project the nearest
 * sentence before names or describes (the first it names: news name the topic first), within
 * three sentences.
 */
export function projectNamedBefore(
  analyzed: AnalyzedItem,
  sentence: AnalyzedSentence,
): KnownEntity | undefined {
  const at = analyzed.sentences.indexOf(sentence);
  for (const before of analyzed.sentences.slice(Math.max(0, at - 3), at).reverse()) {
    const found = projectsIn(before);
    if (found.length > 0) return found[0]!.entity;
  }
  return undefined;
}
