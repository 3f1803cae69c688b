/**
 * A sentence's parse read as clauses, for the rules of launches, funds, leads, announces and
 * usesService: a verb's particle ("stellt ... vor"), voice, arguments and agent ("von", "vom",
 * "durch"), negation and intention, and the entities or short noun phrases its arguments name,
 * with coordination split ("Bund und Länder" are two actors). frames.ts applies verb rules to it.
 */
import { slugify } from "../../model/ids.js";
import { personOfGender } from "../entities/anaphora.js";
import { MONEY_WORD } from "../entities/amounts.js";
import type { Mention } from "../entities/mentions.js";
import type { ParseToken } from "../parse/align.js";
import { listedByKind, QUOTE } from "../parse/view.js";
import { PLURAL_FINITE } from "../parse/verb-forms.js";
import { PLURAL_KIND } from "../entities/mentions.js";
import { nominativeKind } from "../entities/projects.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedSentence } from "./analyze.js";
import { isActor } from "./build.js";
import { describedProject, forAudienceOnly } from "./described-projects.js";

/** Verbs that name what their object is: "„X“ heißt das Projekt". */
const NAMING = /^(heißt|heißen|hieß|hießen)$/;
/** The marks of a bulleted list's items. */
const BULLET = /^[•·▪◦]$/;
/** A number of things listed: "zwei weitere Städte", "12 Kommunen". */
const COUNT = /^(\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)$/i;
const NEGATION = /^(nicht|nie|niemals|keineswegs|kein|keine|keinen|keinem|keiner)$/i;
const MODAL = /^(soll|sollen|sollte|sollten|will|wollen|wollte|wollten|muss|müssen|möchte|möchten)$/;
const AGENT_CASE = /^(von|vom|durch)$/i;
/** Words a project name never starts or ends with. */
/** The nouns of verbal idioms ("ins Leben rufen", "in Betrieb nehmen", "auf den Weg bringen"), never part of a name. */
const VERB_IDIOM = /^(Leben|Betrieb|Start|Weg|Verfügung)$/;
const EDGE_WORDS =
  /^(der|die|das|des|dem|den|ein|eine|einen|einem|einer|eines|sein|seine|seinen|ihr|ihre|ihren|dieser|diese|dieses|diesen)$/i;
/** Nouns a government's name follows: "das Land Brandenburg", "die Stadt Köln". */
const GOVERNMENT_HEAD =
  /^(Land|Landes|Freistaat|Freistaats|Bundesland|Stadt|Landeshauptstadt|Hansestadt|Kreis|Landkreis|Gemeinde|Bezirk|Bund|Bundes|Landesregierung|Staatsregierung)$/;
/** "sogenannte", "so genannte": the word that introduces a name. */
const SO_CALLED = /^(sogenannt|so genannt)(e|en|em|er|es)?$/i;

/** A kind of thing alone, without a name: "Tool", "neue Online-Dienst", "Verfahren". */
export const BARE_KIND =
  /^((neu|digital|elektronisch|entsprechend|eigen|gemeinsam|ähnlich|solch)(e|er|es|en)\s+)?(EfA-)?(Online-?[dD]ienst|Dienst|Verfahren|Plattform|Portal|Tool|System|Angebot|Service|Online-?[sS]ervice|Lösung|Anwendung|App|Projekt|Pilotprojekt|Prozess|Programm|Strategie|Initiative|Konzept|Plan|Vorhaben|Gesetz|Gesetzentwurf|Entwurf|Agenda|Studie|Bericht)$/;
const EDGE_POS = /^(ADP|DET|PUNCT|PRON|CCONJ|ADV)$/;

/** Kinds of project that are no undertaking one works on or takes part in: a law, a strategy. */
export const LAW_OR_STRATEGY = /^(law|strategy)$/;
/** "gehören zu", "zählen zu": the verbs of belonging to a group. */
export const BELONG_TO = /^(gehört|gehören|gehörte|gehörten|zählt|zählen|zählte|zählten)$/;

const TOGETHER = /^(gemeinsam|zusammen)$/i;

/**
 * "neuen" before the rest of a name of two words or more, written in small letters (not "Neue
 * Wege"; a bare kind keeps it, "neue Software", as its only mark of the item's thing).
 */
const NEW_BEFORE_NAME = /^neue[nmrs]?\s+(?=\S+\s+\S)/;

export class Clause {
  readonly tokens: ParseToken[];
  constructor(readonly sentence: AnalyzedSentence) {
    this.tokens = sentence.parse.tokens;
  }

  children(index: number, dep?: RegExp): ParseToken[] {
    return this.tokens.filter((t) => t.head === index && (!dep || dep.test(t.dep)));
  }

  /** Whether "gemeinsam" or "zusammen" stands on a token: "gemeinsam mit B", "zusammen mit B". */
  saysTogether(index: number): boolean {
    return this.children(index, /^(advmod|amod)$/).some((t) => TOGETHER.test(t.word));
  }

  /**
   * The actors named with "mit" beside a word of togetherness on a verb ("verantwortet gemeinsam
   * mit Bayern", "fördert zusammen mit der KfW"), conjuncts split; the parser may hang the "mit"
   * phrase on the adverb.
   */
  togetherPartners(verb: number): number[] {
    const onAdverb = this.saysTogether(verb)
      ? this.children(verb, /^advmod$/).flatMap((t) => this.children(t.index, /^nmod/))
      : [];
    return [...this.children(verb, /^obl/), ...onAdverb]
      .filter((t) => this.hasCase(t.index, "mit") && (this.saysTogether(t.index) || this.saysTogether(verb)))
      .flatMap((t) => this.withConjuncts(t.index))
      .filter((i) => this.actorAt(i) !== undefined);
  }

  /** Whether a token's preposition is one of `words`, whatever its case ("Mit Berlin ..."). */
  hasCase(index: number, ...words: string[]): boolean {
    return this.children(index, /^case$/).some((c) => words.includes(c.word.toLowerCase()));
  }

  subtree(index: number, skip: (t: ParseToken) => boolean = () => false): number[] {
    const out = [index];
    for (let i = 0; i < out.length; i += 1)
      for (const child of this.children(out[i]!)) if (!skip(child)) out.push(child.index);
    return out.sort((a, b) => a - b);
  }

  /** The verb's separable particle and negation: "stellt ... vor" is "stellt vor". */
  particle(verb: number): string | undefined {
    return this.children(verb, /^compound:prt$/)[0]?.word.toLowerCase();
  }

  /** "nicht", "nie" on the verb or its auxiliary, or "kein" on its object. */
  isNegated(verb: number): boolean {
    if (this.children(verb, /^advmod$/).some((t) => NEGATION.test(t.word))) return true;
    const object = [...this.children(verb, /^(obj|nsubj:pass)$/)];
    return object.some((o) => this.children(o.index, /^det$/).some((t) => NEGATION.test(t.word)));
  }

  /** A passive, or a verb conjoined to one without a subject of its own ("wird finanziert und durch X umgesetzt"). */
  isPassive(verb: number): boolean {
    if (this.children(verb, /^(aux:pass|nsubj:pass)$/).length > 0) return true;
    const token = this.tokens[verb]!;
    return (
      token.dep === "conj" &&
      token.pos === "VERB" &&
      this.children(verb, /^(nsubj|aux)/).length === 0 &&
      this.children(token.head, /^(aux:pass|nsubj:pass)$/).length > 0
    );
  }

  /** "soll ... vorlegen", "will ... fördern": a duty or an intention, not a deed. */
  isIntended(verb: number): boolean {
    // (The parser may read the modal as the main verb and the deed as its complement: "Bayern will
    // ... den digitalen Bauantrag einführen".)
    const token = this.tokens[verb]!;
    const head = token.dep === "xcomp" ? this.tokens[token.head] : undefined;
    return (
      this.auxiliaries(verb).some((word) => MODAL.test(word)) || MODAL.test(head?.word.toLowerCase() ?? "")
    );
  }

  /** The auxiliaries and modals of a verb, lower-cased ("wird", "soll", "will"). */
  auxiliaries(verb: number): string[] {
    return this.children(verb, /^aux/).map((t) => t.word.toLowerCase());
  }

  /** The nominal heads of a role (`nsubj`, `obj`, ...), each with its conjuncts. */
  arguments(verb: number, dep: RegExp): number[] {
    return this.children(verb, dep).flatMap((t) => this.withConjuncts(t.index));
  }

  /** A nominal and its conjuncts; a plural kind noun stands for the names it lists ("die Länder Berlin und Hessen"). */
  withConjuncts(index: number): number[] {
    const out = [index];
    for (let i = 0; i < out.length; i += 1) {
      const at = out[i]!;
      const listed = listedByKind(this.tokens[at]!.word, this.children(at)) ?? this.listAfterColon(at);
      if (listed && !out.includes(listed.index)) out.splice(i + 1, 0, listed.index);
      if (listed) for (const item of this.bulletsAfter(listed.index)) if (!out.includes(item)) out.push(item);
      for (const c of this.conjunctsOfName(at)) if (!out.includes(c)) out.push(c);
    }
    return out.filter(
      (i) => !listedByKind(this.tokens[i]!.word, this.children(i)) && !this.listAfterColon(i),
    );
  }

  /**
   * "Das Land hat folgende Städte als Modellkommunen bestimmt: Aachen, Wuppertal und Soest": a
   * plural kind noun with "folgende" or a number stands for the list after the colon, wherever
   * the parser hangs it (its first name; withConjuncts adds the rest).
   */
  private listAfterColon(index: number): ParseToken | undefined {
    const token = this.tokens[index]!;
    if (!PLURAL_KIND.test(token.word)) return undefined;
    // ("Bisher nutzen zwei weitere Städte den Dienst: Lübeck und Kiel": a counted kind noun too.)
    const following = this.children(index, /^(amod|det)$/).some((t) => /^folgende[nmrs]?$/i.test(t.word));
    const counted = this.children(index, /^nummod$/).some((t) => COUNT.test(t.word));
    if (!following && !counted) return undefined;
    const colon = this.tokens.find((t) => t.index > index && t.word === ":");
    if (!colon) return undefined;
    return this.tokens.find((t) => t.index > colon.index && this.actorAt(t.index) !== undefined);
  }

  /**
   * "Folgende Kommunen nehmen teil: • Stadt Kassel • Stadt Fulda • Landkreis Gießen": the actors
   * of a bulleted list from its first item on (the parser conjoins none of them).
   */
  private bulletsAfter(first: number): number[] {
    if (!BULLET.test(this.tokens[first - 1]?.word ?? "")) return [];
    return this.tokens
      .filter((t) => t.index > first && BULLET.test(this.tokens[t.index - 1]!.word))
      .filter((t) => this.actorAt(t.index) !== undefined)
      .map((t) => t.index);
  }

  /**
   * The conjuncts of a token, and of the other words of the name it belongs to: in "die Landkreise
   * Lörrach, Neustadt an der Waldnaab, Uelzen und Coesfeld" the parser may hang "an der Waldnaab"
   * elsewhere and the rest of the list on "Waldnaab".
   */
  private conjunctsOfName(index: number): number[] {
    const mention = this.mentionAt(index);
    const inName = (t: ParseToken) =>
      mention !== undefined && mention.start <= t.start && t.end <= mention.end;
    const parts = mention ? this.tokens.filter(inName).map((t) => t.index) : [index];
    return parts.flatMap((part) =>
      this.children(part, /^conj$/)
        .filter((c) => part === index || !inName(c))
        .map((c) => c.index),
    );
  }

  /** The agent of a passive: an `obl` with "von", "vom" or "durch" (or one the parser hung on another `obl`). */
  agents(verb: number): number[] {
    // ("wird vom Land federführend umgesetzt": the parser may hang the agent on the adverb.)
    const adverbs = this.children(verb, /^(xcomp|advmod)$/).filter((t) => t.pos === "ADJ");
    const obliques = [verb, ...adverbs.map((t) => t.index)].flatMap((i) => this.children(i, /^(obl|nmod)/));
    // ("Gefördert wird das Projekt X durch das Land": the parser may hang the agent on the subject.)
    const onSubject = this.children(verb, /^nsubj:pass$/)
      .flatMap((s) => this.children(s.index, /^nmod/))
      .filter((t) => this.hasCase(t.index, "durch"));
    return [...obliques, ...obliques.flatMap((o) => this.children(o.index, /^nmod/))]
      .filter((t) => this.children(t.index, /^case$/).some((c) => AGENT_CASE.test(c.word)))
      .concat(onSubject)
      .flatMap((t) => this.withConjuncts(t.index));
  }

  mentionAt(index: number): Mention | undefined {
    const token = this.tokens[index];
    if (!token) return undefined;
    return this.sentence.mentions.find((m) => m.start <= token.start && token.end <= m.end);
  }

  /**
   * The actor a nominal names: itself, or the name after a role or government noun ("Ministerin
   * Dörte Schall", "das Land Brandenburg", "der IT-Dienstleister Dataport"); "Studentenwerk
   * Darmstadt" is not Darmstadt.
   * Adjectives ("hessische") are no actors.
   */
  actorAt(index: number): Mention | undefined {
    const own = this.mentionAt(index);
    if (own) return isActor(own) && own.form !== "adjective" ? own : undefined;
    const headWord = this.tokens[index]?.word ?? "";
    for (const child of this.children(index, /^(flat|appos|nmod)/)) {
      const mention = this.mentionAt(child.index);
      if (!mention || !isActor(mention) || mention.form === "adjective") continue;
      if (mention.entity.type === "Person" || GOVERNMENT_HEAD.test(headWord)) return mention;
      // "der IT-Dienstleister Dataport": a kind noun before an organisation's name is that organisation.
      if (mention.entity.type === "Organization" && /^(appos|flat)/.test(child.dep)) return mention;
    }
    return undefined;
  }

  /** Whether a nominal names an actor (`actorAt`): the test the voice readings take as `isActor`. */
  readonly hasActor = (index: number): boolean => this.actorAt(index) !== undefined;

  /**
   * "Dabei überreichte er ...", "startete sie dazu ein Pilotprojekt": a subject "er", or "sie" with
   * a verb in the singular, is the person of that gender the item named last.
   */
  personReferredTo(index: number, verb: number): KnownEntity | undefined {
    const word = this.tokens[index]?.word.toLowerCase();
    // The finite verb: the auxiliary where there is one ("sie hat ... übergeben"), else the verb.
    const auxiliaries = this.children(verb, /^aux/);
    const finite = auxiliaries.length > 0 ? auxiliaries : [this.tokens[verb]!];
    const plural = finite.some((t) => PLURAL_FINITE.test(t.word));
    const gender = word === "er" ? "m" : word === "sie" && !plural ? "f" : undefined;
    return gender ? personOfGender(this.sentence.context, gender) : undefined;
  }

  /** A project the nominal names: a known or pattern-found Project mention inside its phrase. */
  projectAt(index: number): KnownEntity | undefined {
    for (const i of this.phraseTokens(index, 1)) {
      const mention = this.mentionAt(i);
      if (mention?.entity.type === "Project" && mention.form !== "partial") return mention.entity;
    }
    // "des neuen Online-Dienstes „elektronische Wohnsitzanmeldung“": the quoted name right after
    // the noun belongs to it, wherever the parser hangs it (as phrase() reads it).
    const quoted = QUOTE.test(this.tokens[index + 1]?.word ?? "") ? this.mentionAt(index + 2) : undefined;
    return quoted?.entity.type === "Project" && quoted.form !== "partial" ? quoted.entity : undefined;
  }

  /**
   * "Die eWA ist ein länderübergreifendes Projekt, das ...": the named project a predicate noun
   * says what it is (the copula's subject), no law or strategy; so does the noun that names it
   * ("„X“ heißt das Projekt, das ...").
   */
  predicatedProject(index: number): KnownEntity | undefined {
    if (this.projectAt(index)) return undefined;
    const head = this.tokens[index]!.head;
    const naming = this.tokens[index]!.dep === "obj" && head >= 0 && NAMING.test(this.tokens[head]!.word);
    if (!naming && this.children(index, /^cop$/).length === 0) return undefined;
    const subjects = this.arguments(naming ? head : index, /^nsubj$/);
    const known = subjects
      .map((i) => this.projectAt(i))
      .find((e) => e !== undefined && !LAW_OR_STRATEGY.test(e.kind ?? ""));
    return known ?? (naming ? this.namedBy(subjects[0]) : undefined);
  }

  /** "„Wohngeld digital“ heißt das Projekt": a new project by the name its naming verb gives it. */
  private namedBy(subject: number | undefined): KnownEntity | undefined {
    if (subject === undefined || this.actorAt(subject) || !this.hasName(subject)) return undefined;
    // (The whole quoted name, whatever the parser hung on which of its words.)
    const close = QUOTE.test(this.tokens[subject - 1]?.word ?? "")
      ? this.tokens.findIndex((t, i) => i > subject && i <= subject + 10 && QUOTE.test(t.word))
      : -1;
    const words = close > 0 ? this.runs(Array.from({ length: close - subject }, (_, i) => subject + i)) : "";
    const name = (words || this.phrase(subject)).replace(/[„“"«»]/g, "").trim();
    return name.length < 3 ? undefined : { id: slugify(name), name, type: "Project", isNew: true };
  }

  /**
   * The noun phrase of a nominal, short and as written: its simple adjectives, compounds and
   * name parts, and one attribute after it ("E-Akte für Bafög-Anträge", "Strategie des Landes"),
   * no relative clause, no adjective with its own phrase, no attribute with a number or an amount.
   */
  phrase(index: number, maxTokens = 10): string {
    const keep = this.phraseTokens(index, 2);
    let first = index;
    let last = index;
    while (keep.has(first - 1)) first -= 1;
    while (keep.has(last + 1)) last += 1;
    // A quoted name right after the noun belongs to it: Themenfeld «Bauen und Wohnen» (not where the
    // quote closes after the noun: "ein Erfolgsprojekt“, sagt X: „...").
    if (QUOTE.test(this.tokens[last + 1]?.word ?? "") && this.tokens[last + 2]?.pos !== "PUNCT") {
      const close = this.tokens.findIndex((t, i) => i > last + 1 && i <= last + 9 && QUOTE.test(t.word));
      if (close > 0) last = close;
    }
    const edge = (t: ParseToken) => EDGE_POS.test(t.pos) || EDGE_WORDS.test(t.word);
    while (first < index && edge(this.tokens[first]!)) first += 1;
    while (last > index && edge(this.tokens[last]!)) last -= 1;
    // "Bürgerservice-Portal (BSP)": a parenthesis left open at the end (its closing one trimmed
    // above) holds a short name, no part of this one.
    const open = this.tokens.findIndex((t, i) => i > index && i <= last && t.word === "(");
    if (open > 0 && !this.tokens.slice(open, last + 1).some((t) => t.word === ")")) {
      last = open - 1;
      while (last > index && edge(this.tokens[last]!)) last -= 1;
    }
    // The cut never splits a word written in one: "Kommunen in Baden-Württemberg", not "in Baden".
    const whole = last;
    last = Math.min(last, first + maxTokens - 1);
    const joined = (next: ParseToken) =>
      next.start === this.tokens[last]!.end && (next.pos !== "PUNCT" || next.word === "-");
    while (last < whole && joined(this.tokens[last + 1]!)) last += 1;
    return this.runs(Array.from({ length: last - first + 1 }, (_, i) => first + i));
  }

  /** `inName`: below a name part, where coordination belongs to the name ("Bauen und Wohnen"). */
  private phraseTokens(index: number, depth: number, inName = false): Set<number> {
    const keep = new Set([index]);
    for (const child of this.children(index)) {
      const below = this.subtree(child.index);
      if (/^(amod|det|nummod|case|punct)$/.test(child.dep)) {
        // "ein sogenanntes „Digitallabor“": the word that introduces a name is no part of it.
        if (SO_CALLED.test(child.word)) continue;
        if (below.length === 1 || below.every((i) => i === child.index || this.tokens[i]!.dep === "advmod"))
          below.forEach((i) => keep.add(i));
      } else if (this.isAmount(below)) {
        // "für das Programm 300 Millionen Euro": money the parser hangs on the noun names nothing.
        continue;
      } else if (
        /^(compound|flat|appos)/.test(child.dep) ||
        (inName && (/^(conj|cc)$/.test(child.dep) || (/^nmod/.test(child.dep) && child.index < index)))
      ) {
        this.phraseTokens(child.index, 0, true).forEach((i) => keep.add(i));
      } else if (/^nmod/.test(child.dep) && depth > 0 && child.index > index) {
        if (below.some((i) => this.tokens[i]!.pos === "NUM" || this.tokens[i]!.ner === "MISC")) continue;
        // "ein neues Angebot ins Leben gerufen": the idiom of the verb the parser hangs on its object.
        if (VERB_IDIOM.test(child.word) && this.children(child.index, /^case$/).length > 0) continue;
        // "in dem Projekt mit dem Kreis Paderborn": a partner the parser hangs on the noun is no part of its name.
        if (this.hasCase(child.index, "mit") && this.actorAt(child.index)) continue;
        this.phraseTokens(child.index, depth - 1).forEach((i) => keep.add(i));
      }
    }
    return keep;
  }

  /** Tokens that spell an amount of money: a number and a word of money ("300 Millionen Euro"). */
  private isAmount(indices: number[]): boolean {
    const words = indices.map((i) => this.tokens[i]!);
    return words.some((t) => t.pos === "NUM") && words.some((t) => MONEY_WORD.test(t.word));
  }

  /** The phrase names something: a known or pattern-found project, a proper noun or a quoted name. */
  hasName(index: number): boolean {
    // ("„X“ heißt das Projekt, das der Bund startet": the project its predicate names.)
    if (this.projectAt(index) || this.predicatedProject(index)) return true;
    const phrase = [...this.phraseTokens(index, 1)];
    return phrase.some((i) => this.tokens[i]!.pos === "PROPN" || QUOTE.test(this.tokens[i]!.word));
  }

  /** A project for a nominal: the one it names, else a new Project named by its noun phrase. */
  projectFor(index: number): { entity: KnownEntity; known: boolean } | undefined {
    const known = this.projectAt(index);
    if (known) return { entity: known, known: true };
    const token = this.tokens[index];
    if (!token || !/^(NOUN|PROPN)$/.test(token.pos) || this.actorAt(index)) return undefined;
    const described = describedProject(this, index);
    if (described) return { entity: described, known: false };
    // ("Partner des Projekts Online-Gateway": the project is "Projekt Online-Gateway".)
    const name = nominativeKind(this.phrase(index));
    if (forAudienceOnly(this, index)) return undefined;
    // "ein Tool", "der neue Online-Dienst": a kind of thing names no one project.
    if (name.length < 3 || BARE_KIND.test(name)) return undefined;
    // ("gründet einen neuen Ausschuss für Digitalisierung": being new is no part of the name.)
    const named = name.replace(NEW_BEFORE_NAME, "");
    return { entity: { id: slugify(named), name: named, type: "Project", isNew: true }, known: false };
  }

  /** The words of tokens `indices` as written: each contiguous run sliced from the text, runs joined by a space. */
  runs(indices: number[]): string {
    const sorted = [...new Set(indices)].sort((a, b) => a - b);
    const parts: string[] = [];
    let first = 0;
    for (let i = 1; i <= sorted.length; i += 1) {
      if (i < sorted.length && sorted[i] === sorted[i - 1]! + 1) continue;
      const from = this.tokens[sorted[first]!]!;
      const to = this.tokens[sorted[i - 1]!]!;
      parts.push(this.sentence.text.slice(from.start, to.end));
      first = i;
    }
    return parts
      .join(" ")
      .replace(/[„“"«»]/g, "")
      .trim();
  }
}

/** A name one of whose words ends like a kind of thing ("App Bürgerfunk" names an app). */
export function namesKind(name: string, kind: RegExp): boolean {
  return name.split(/[\s-]+/).some((word) => kind.test(word));
}
