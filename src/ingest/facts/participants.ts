/**
 * What the participation rules (participation-rules.ts) share: the participants a nominal names
 * (known actors, "Vertreter der X", the Länder of "den Ländern A und B", an organisation named
 * by its noun phrase) and the project a nominal stands for (a known one, the name a generic noun
 * is given, the latest compound with its head, the project last named).
 */
import { slugify } from "../../model/ids.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { Clause, LAW_OR_STRATEGY } from "./clause.js";
import { QUOTE } from "../parse/view.js";
import { describedProject } from "./described-projects.js";

export interface Participant {
  entity: KnownEntity;
  known: boolean;
}

export interface Participation {
  actor: Participant;
  target: Participant;
  confidence: number;
  rule: string;
}

/** Nouns of those who act for an organisation: "Vertreter der X" are X. */
export const REPRESENTATIVE = /^(Vertreter|Vertreterin|Vertreterinnen|Vertretern|Vertreter:innen)$/;
/** Nouns that name an organisation or an office holder acting for one. */
const ORGANIZATION_NOUN =
  /(verband|verbände|verbänden|dienstleister|beauftragte|beauftragter|behörde|kammer|ministerium|agentur|anstalt|zentrum)$/i;
/** A body named by a compound noun ("IT-Rat", "Digitalrat", "Lenkungsgremium"). */
const BODY_NOUN = /(rat|gremium|ausschuss|kommission|beirat|konferenz)$/i;
export const LANDS = /^(Länder|Ländern|Bundesländer|Bundesländern)$/;
/** Nouns of a group whose members the text names after them: "den Pilotkommunen – den Landkreisen A und B". */
const GROUP =
  /^(Pilot\p{L}+|Modell\p{L}+|Partner|Partnern|Projektpartner|Projektpartnern|Landkreise|Landkreisen|Kreise|Kreisen|Kommunen|Städte|Städten|Gemeinden|Behörden|\p{L}+behörden)$/u;
/** Nouns that stand for a project named before: "das Pilotprojekt", "das Verfahren", "der Dienst". */
export const GENERIC_PROJECT =
  /^(Projekt|Pilotprojekt|Modellprojekt|Vorhaben|Initiative|Verfahren|Pilotverfahren|Dienst|Online-Dienst|Onlinedienst|Online-Service|Onlineservice|Online-Angebot|Onlineangebot|Plattform|Portal|Prozess|Antragsverfahren|Angebot|Lösung|Anwendung)$/;
const RELATIVE = /^(der|die|das|den|dem|welcher|welche|welches|welchen)$/i;
/** A compound naming one service by its own word: "das Bürgerserviceportal", "die Ehrenamtsapp". */
const SERVICE_COMPOUND = /^\p{Lu}\p{Ll}{3,}(portal|plattform|app|assistent|assistenten)s?$/u;
/** Compounds that name only a kind of service: "das Onlineportal", "die Serviceplattform". */
const GENERIC_PREFIX = /^(Online|Internet|Web|Service)/;
const DEFINITE = /^(der|die|das|den|dem|des)$/i;
const NAMING = /^(heißt|heißen|hieß|nennt|genannt)$/;
/** Kinds that are no service or project one takes part in. */
export const NOT_TAKEN_PART_IN = /^(law|strategy|programme)$/;
/** The meetings of a body: who takes part in one takes part in the body (participation-rules.ts). */
export const SESSION = /^(Sitzung|Sitzungen|Beratung|Beratungen|Tagung|Tagungen|Treffen)$/;

/** The participants a nominal names, each conjunct apart; "Vertreter der X" are X. */
export function participantsAt(clause: Clause, index: number, depth = 0): Participant[] {
  const out: Participant[] = [];
  for (const at of clause.withConjuncts(index)) {
    const token = clause.tokens[at]!;
    const actor = clause.actorAt(at);
    if (actor) {
      out.push({ entity: actor.entity, known: !actor.entity.isNew });
      // "Das Land Hessen und Dataport": the parser may join the second to the name after the kind noun.
      const named = clause.children(at, /^appos$/).filter((t) => clause.mentionAt(t.index) === actor);
      for (const name of named)
        for (const next of clause.children(name.index, /^conj$/))
          if (!clause.withConjuncts(index).includes(next.index))
            out.push(...participantsAt(clause, next.index, depth + 1));
    } else if (
      (REPRESENTATIVE.test(token.word) || LANDS.test(token.word) || token.pos !== "NOUN") &&
      depth < 2
    ) {
      for (const child of clause.children(at, /^(nmod|appos)/)) {
        const found = participantsAt(clause, child.index, depth + 1);
        if (found.length > 0) {
          out.push(...found);
          break;
        }
      }
    } else if (GROUP.test(token.word) && depth < 2) {
      // Only the members named beside the noun (apposition, or a phrase set off by a dash), not "Kommunen in Bayern".
      const members = clause
        .children(at, /^(appos|nmod)/)
        .filter(
          (c) =>
            /^appos/.test(c.dep) || clause.children(c.index, /^case$/).every((k) => /^[–—-]$/.test(k.word)),
        );
      for (const child of members) out.push(...participantsAt(clause, child.index, depth + 1));
      if (members.length === 0) out.push(...listedAfter(clause, at));
    } else if (token.pos === "NOUN" && ORGANIZATION_NOUN.test(token.word)) {
      // "dem beauftragten IT-Dienstleister Datagroup": the name after the kind noun is the organisation.
      const own = clause.children(at, /^(appos|flat)/).find((c) => c.pos === "PROPN");
      const name = own ? clause.runs(clause.subtree(own.index)) : clause.phrase(at, 6);
      out.push({ entity: { id: slugify(name), name, type: "Organization", isNew: true }, known: false });
    }
  }
  return out;
}

/** Where a list of examples ends: a dash, a closing bracket, a semicolon or a colon. */
const LIST_END = /^([–—-]|\)|;|:)$/;

/**
 * "Zehn Kommunen nehmen teil, darunter der Landkreis A und die Stadt B", "In zehn Kreisen –
 * darunter A und B – laufen Tests": the actors a "darunter" right after the group lists, up to
 * where the list ends, however the parser hung them.
 */
export function listedAfter(clause: Clause, group: number): Participant[] {
  const tokens = clause.tokens;
  const among = tokens.findIndex((t, i) => i > group && i <= group + 15 && /^darunter$/i.test(t.word));
  if (among < 0 || tokens.slice(group + 1, among).some((t) => GROUP.test(t.word))) return [];
  const end = tokens.findIndex((t, i) => i > among && LIST_END.test(t.word));
  const found = new Map<string, Participant>();
  for (let i = among + 1; i < (end < 0 ? tokens.length : end); i += 1) {
    const actor = clause.actorAt(i);
    if (actor && actor.entity.type !== "Person" && !found.has(actor.entity.id))
      found.set(actor.entity.id, { entity: actor.entity, known: !actor.entity.isNew });
  }
  return [...found.values()];
}

/** The child of `head` whose preposition is `word`. */
export function withCase(clause: Clause, head: number, dep: RegExp, word: RegExp): number[] {
  return clause
    .children(head, dep)
    .filter((t) => clause.children(t.index, /^case$/).some((c) => word.test(c.word)))
    .map((t) => t.index);
}

/** The first verb above a token (the parser may hang a particle or an argument below a noun). */
export function verbAbove(clause: Clause, index: number): number | undefined {
  for (let at = index, hops = 0; at >= 0 && hops < 5; hops += 1) {
    const token = clause.tokens[at]!;
    if (/^(VERB|AUX)$/.test(token.pos) || (hops > 0 && token.dep === "ROOT")) return at;
    at = token.head;
  }
  return undefined;
}

/**
 * A body named earlier in the item by a compound or a named noun ("Der IT-Rat des Landes
 * Brandenburg ist ... zusammengekommen"), when the gazetteer knows none: the latest subject.
 */
export function bodyNamedBefore(analyzed: AnalyzedItem, sentence: AnalyzedSentence): Participant | undefined {
  for (const before of earlier(analyzed, sentence)) {
    const clause = new Clause(before);
    for (const token of clause.tokens) {
      if (token.pos !== "NOUN" || !/^nsubj/.test(token.dep) || !BODY_NOUN.test(token.word)) continue;
      const named = clause.children(token.index, /^(compound|flat|appos|nmod)/).length > 0;
      if (!named && !/^\p{Lu}\p{Ll}{3,}/u.test(token.word.replace(BODY_NOUN, ""))) continue;
      const name = clause.phrase(token.index, 6);
      return { entity: { id: slugify(name), name, type: "Organization", isNew: true }, known: false };
    }
  }
  return undefined;
}

/** The sentences before `sentence`, the latest first. */
function earlier(analyzed: AnalyzedItem, sentence: AnalyzedSentence): AnalyzedSentence[] {
  return analyzed.sentences.slice(0, analyzed.sentences.indexOf(sentence)).reverse();
}

/** "das Verfahren" after "Das digitale Bauantragsverfahren": the latest compound with that head. */
function compoundBefore(analyzed: AnalyzedItem, sentence: AnalyzedSentence, head: string) {
  const suffix = head.toLowerCase();
  for (const before of earlier(analyzed, sentence).slice(0, 6)) {
    const clause = new Clause(before);
    for (const token of [...clause.tokens].reverse()) {
      const word = token.word.toLowerCase();
      if (token.pos !== "NOUN" || word === suffix || !word.endsWith(suffix)) continue;
      const project = clause.projectFor(token.index);
      if (project) return project;
    }
  }
  return undefined;
}

/**
 * A generic noun the item has not yet given a name, named by the next sentence with the same
 * noun: "Das ist das Ziel eines gemeinsamen Projekts der Kommunen A und B. Ihr Projekt „X“ wird
 * ... gefördert." (the noun right before the name, its quote aside).
 */
export function namedNext(
  analyzed: AnalyzedItem,
  sentence: AnalyzedSentence,
  noun: string,
): KnownEntity | undefined {
  const next = analyzed.sentences[analyzed.sentences.indexOf(sentence) + 1];
  if (!next) return undefined;
  const stem = noun.toLowerCase().replace(/(e?s)$/, "");
  const words = next.words.map((w) => w.toLowerCase());
  return next.mentions.find((m) => {
    if (m.entity.type !== "Project" || m.form === "partial" || LAW_OR_STRATEGY.test(m.entity.kind ?? ""))
      return false;
    const before = QUOTE.test(words[m.first - 1] ?? "") ? m.first - 2 : m.first - 1;
    return (words[before] ?? "").replace(/(e?s)$/, "") === stem;
  })?.entity;
}

/** A relative pronoun stands for the noun its clause hangs on: "das Projekt, das der Bund ... startet". */
export function antecedentOf(clause: Clause, verb: number, index: number): number {
  const token = clause.tokens[index]!;
  const head = clause.tokens[verb]!;
  return token.pos === "PRON" && RELATIVE.test(token.word) && /^acl/.test(head.dep) ? head.head : index;
}

/** "Elterngeld digital heißt das Projekt", "Das Projekt heißt X": the name a generic noun is given. */
function namedAs(clause: Clause, index: number): KnownEntity | undefined {
  const verb = clause.tokens[index]!.head;
  if (verb < 0 || !NAMING.test(clause.tokens[verb]!.word)) return undefined;
  // The name hangs on the verb or, misparsed, on a word next to it ("digital" in "Elterngeld digital").
  const near = clause.children(verb).filter((t) => t.index !== index && t.pos !== "PUNCT");
  const name = [...near, ...near.flatMap((t) => clause.children(t.index))].find((t) =>
    /^(NOUN|PROPN)$/.test(t.pos),
  )?.index;
  if (name === undefined) return undefined;
  // A name before the verb runs up to it: "Elterngeld digital heißt ...".
  const words = Array.from({ length: Math.max(verb - name, 1) }, (_, i) => name + i);
  const whole = name < verb && words.every((i) => /^(NOUN|PROPN|ADJ|ADV)$/.test(clause.tokens[i]!.pos));
  const text = whole ? clause.runs(words) : clause.phrase(name);
  return text.length < 3 ? undefined : { id: slugify(text), name: text, type: "Project", isNew: true };
}

/**
 * The project a nominal names; for a generic noun ("das Verfahren", "das Pilotprojekt") the
 * latest compound with that head, else the project the article named last.
 */
export function projectOf(
  clause: Clause,
  index: number,
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): Participant | undefined {
  const known = clause.projectAt(index);
  if (known) return NOT_TAKEN_PART_IN.test(known.kind ?? "") ? undefined : { entity: known, known: true };
  const token = clause.tokens[index]!;
  // "an der Sitzung der Digitalministerkonferenz": the body's meeting, no project of its own.
  if (
    SESSION.test(token.word) &&
    clause.children(index, /^nmod/).some((t) => organizationAt(clause, t.index))
  )
    return undefined;
  // "ein Onlinedienst für die Ummeldung": a service its purpose names.
  const described = describedProject(clause, index);
  if (described) return { entity: described, known: false };
  if (GENERIC_PROJECT.test(token.word) && !clause.hasName(index)) {
    const named = namedAs(clause, index);
    if (named) return { entity: named, known: false };
    const compound = compoundBefore(analyzed, sentence, token.word);
    if (compound) return { entity: compound.entity, known: false };
    const last = sentence.context.lastProject;
    if (last) return NOT_TAKEN_PART_IN.test(last.kind ?? "") ? undefined : { entity: last, known: false };
    const next = namedNext(analyzed, sentence, token.word);
    return next ? { entity: next, known: false } : undefined;
  }
  const predicated = clause.predicatedProject(index);
  if (predicated) return { entity: predicated, known: true };
  // "Pilotkommune für das Bürgerserviceportal": a compound that names one service by its own word.
  if (
    SERVICE_COMPOUND.test(token.word) &&
    !GENERIC_PREFIX.test(token.word) &&
    clause.children(index, /^det$/).some((t) => DEFINITE.test(t.word))
  ) {
    const service = clause.projectFor(index);
    if (service) return { entity: service.entity, known: false };
  }
  if (!clause.hasName(index)) return undefined;
  const project = clause.projectFor(index);
  return project ? { entity: project.entity, known: project.known } : undefined;
}

const organizationAt = (clause: Clause, index: number) =>
  clause.actorAt(index)?.entity.type === "Organization";

/** A negated verb, or one that is only a duty or an intention, states no participation. */
export function isDenied(clause: Clause, verb: number): boolean {
  return clause.isNegated(verb) || clause.isIntended(verb);
}

/** The project the item named last, unless it is a law or a strategy (no one takes part in those). */
export function lastProject(sentence: AnalyzedSentence): Participant | undefined {
  const last = sentence.context.lastProject;
  return last && !LAW_OR_STRATEGY.test(last.kind ?? "") ? { entity: last, known: false } : undefined;
}
