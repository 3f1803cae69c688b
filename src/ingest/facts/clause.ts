/**
 * A verb's clause read from the dependency parse, for the rules of launches, funds, leads,
 * announces and usesService: the verb with its particle ("stellt ... vor"), its voice, its
 * subject, object and agent ("von", "vom", "durch"), negation, and the entities or noun
 * phrases its arguments name, with coordination split ("Bund und Länder" are two actors).
 */
import { slugify } from "../../model/ids.js";
import type { Mention } from "../entities/mentions.js";
import type { ParseToken } from "../parse/align.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedSentence } from "./analyze.js";
import { isActor } from "./build.js";

const NEGATION = /^(nicht|nie|niemals|keineswegs|kein|keine|keinen|keinem|keiner)$/i;
const MODAL = /^(soll|sollen|sollte|sollten|will|wollen|wollte|wollten|muss|müssen|möchte|möchten)$/;
const AGENT_CASE = /^(von|vom|durch)$/i;
/** Words a project name never starts or ends with. */
const EDGE_WORDS =
  /^(der|die|das|des|dem|den|ein|eine|einen|einem|einer|eines|sein|seine|seinen|ihr|ihre|ihren|dieser|diese|dieses|diesen)$/i;
/** Nouns a government's name follows: "das Land Brandenburg", "die Stadt Köln". */
const GOVERNMENT_HEAD =
  /^(Land|Landes|Freistaat|Freistaats|Bundesland|Stadt|Landeshauptstadt|Hansestadt|Kreis|Landkreis|Gemeinde|Bezirk|Bund|Bundes)$/;
const QUOTE = /^["„“”«»‚‘]$/;
const EDGE_POS = /^(ADP|DET|PUNCT|PRON|CCONJ|ADV)$/;

export class Clause {
  readonly tokens: ParseToken[];
  constructor(readonly sentence: AnalyzedSentence) {
    this.tokens = sentence.parse.tokens;
  }

  children(index: number, dep?: RegExp): ParseToken[] {
    return this.tokens.filter((t) => t.head === index && (!dep || dep.test(t.dep)));
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

  isPassive(verb: number): boolean {
    return this.children(verb, /^(aux:pass|nsubj:pass)$/).length > 0;
  }

  /** "soll ... vorlegen", "will ... fördern": a duty or an intention, not a deed. */
  isIntended(verb: number): boolean {
    return this.auxiliaries(verb).some((word) => MODAL.test(word));
  }

  /** The auxiliaries and modals of a verb, lower-cased ("wird", "soll", "will"). */
  auxiliaries(verb: number): string[] {
    return this.children(verb, /^aux/).map((t) => t.word.toLowerCase());
  }

  /** The nominal heads of a role (`nsubj`, `obj`, ...), each with its conjuncts. */
  arguments(verb: number, dep: RegExp): number[] {
    return this.children(verb, dep).flatMap((t) => this.withConjuncts(t.index));
  }

  withConjuncts(index: number): number[] {
    const out = [index];
    for (let i = 0; i < out.length; i += 1)
      for (const c of this.children(out[i]!, /^conj$/)) if (!out.includes(c.index)) out.push(c.index);
    return out;
  }

  /** The agent of a passive: an `obl` with "von", "vom" or "durch" (or one the parser hung on another `obl`). */
  agents(verb: number): number[] {
    const obliques = this.children(verb, /^(obl|nmod)/);
    return [...obliques, ...obliques.flatMap((o) => this.children(o.index, /^nmod/))]
      .filter((t) => this.children(t.index, /^case$/).some((c) => AGENT_CASE.test(c.word)))
      .flatMap((t) => this.withConjuncts(t.index));
  }

  mentionAt(index: number): Mention | undefined {
    const token = this.tokens[index];
    if (!token) return undefined;
    return this.sentence.mentions.find((m) => m.start <= token.start && token.end <= m.end);
  }

  /**
   * The actor a nominal names: itself, or the name after a role or government noun ("Ministerin
   * Dörte Schall", "das Land Brandenburg"); "Studentenwerk Darmstadt" is not Darmstadt.
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
    }
    return undefined;
  }

  /** A project the nominal names: a known or pattern-found Project mention inside its phrase. */
  projectAt(index: number): KnownEntity | undefined {
    for (const i of this.phraseTokens(index, 1)) {
      const mention = this.mentionAt(i);
      if (mention?.entity.type === "Project" && mention.form !== "partial") return mention.entity;
    }
    return undefined;
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
    // A quoted name right after the noun belongs to it: Themenfeld «Bauen und Wohnen».
    if (QUOTE.test(this.tokens[last + 1]?.word ?? "")) {
      const close = this.tokens.findIndex((t, i) => i > last + 1 && i <= last + 9 && QUOTE.test(t.word));
      if (close > 0) last = close;
    }
    const edge = (t: ParseToken) => EDGE_POS.test(t.pos) || EDGE_WORDS.test(t.word);
    while (first < index && edge(this.tokens[first]!)) first += 1;
    while (last > index && edge(this.tokens[last]!)) last -= 1;
    last = Math.min(last, first + maxTokens - 1);
    return this.runs(Array.from({ length: last - first + 1 }, (_, i) => first + i));
  }

  /** `inName`: below a name part, where coordination belongs to the name ("Bauen und Wohnen"). */
  private phraseTokens(index: number, depth: number, inName = false): Set<number> {
    const keep = new Set([index]);
    for (const child of this.children(index)) {
      const below = this.subtree(child.index);
      if (/^(amod|det|nummod|case|punct)$/.test(child.dep)) {
        if (below.length === 1 || below.every((i) => i === child.index || this.tokens[i]!.dep === "advmod"))
          below.forEach((i) => keep.add(i));
      } else if (
        /^(compound|flat|appos)/.test(child.dep) ||
        (inName && (/^(conj|cc)$/.test(child.dep) || (/^nmod/.test(child.dep) && child.index < index)))
      ) {
        this.phraseTokens(child.index, 0, true).forEach((i) => keep.add(i));
      } else if (/^nmod/.test(child.dep) && depth > 0 && child.index > index) {
        if (below.some((i) => this.tokens[i]!.pos === "NUM" || this.tokens[i]!.ner === "MISC")) continue;
        this.phraseTokens(child.index, depth - 1).forEach((i) => keep.add(i));
      }
    }
    return keep;
  }

  /** The phrase names something: a known or pattern-found project, a proper noun or a quoted name. */
  hasName(index: number): boolean {
    if (this.projectAt(index)) return true;
    const phrase = [...this.phraseTokens(index, 1)];
    return phrase.some((i) => this.tokens[i]!.pos === "PROPN" || QUOTE.test(this.tokens[i]!.word));
  }

  /** A project for a nominal: the one it names, else a new Project named by its noun phrase. */
  projectFor(index: number): { entity: KnownEntity; known: boolean } | undefined {
    const known = this.projectAt(index);
    if (known) return { entity: known, known: true };
    const token = this.tokens[index];
    if (!token || !/^(NOUN|PROPN)$/.test(token.pos) || this.actorAt(index)) return undefined;
    const name = this.phrase(index);
    if (name.length < 3) return undefined;
    return { entity: { id: slugify(name), name, type: "Project", isNew: true }, known: false };
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

/** Tokens whose word matches `verb`, with the particle the rule asks for where it asks one. */
export function findVerbs(clause: Clause, verb: RegExp, particle?: RegExp): number[] {
  return clause.tokens
    .filter((t) => verb.test(t.word) && /^(VERB|AUX|ADJ|NOUN)$/.test(t.pos))
    .filter((t) => !particle || particle.test(clause.particle(t.index) ?? ""))
    .map((t) => t.index);
}

/** A rule's verb stands negated or as a duty or intention: the sentence states no such deed. */
export function deniesDeed(clause: Clause, rules: VerbRule[]): boolean {
  return rules.some((rule) =>
    findVerbs(clause, rule.verb, rule.particle).some((v) => clause.isNegated(v) || clause.isIntended(v)),
  );
}

/** A verb rule: its word forms, the particle of a separable verb, a noun it needs ("ins Leben"). */
export interface VerbRule {
  name: string;
  verb: RegExp;
  particle?: RegExp;
  /** A word the verb must govern (directly or through its object): "Leben", "Verfügung", "Einsatz". */
  needs?: RegExp;
  confidence: number;
}

/** One use of a rule's verb: who acts and what it acts on, voice resolved. */
export interface Frame {
  rule: VerbRule;
  verb: number;
  passive: boolean;
  /** The nominals that act (subject, or the agent of a passive), conjuncts split. */
  actors: number[];
  /** The nominals acted on (object, or the subject of a passive), conjuncts split. */
  objects: number[];
}

const RELATIVE = /^(der|die|das|den|dem|welcher|welche|welches|welchen)$/i;

/**
 * A relative pronoun stands for the noun right before the comma that opens its clause ("das
 * Verfahren, das ... entwickelt wurde"), read from the words, as the parser often hangs the
 * clause elsewhere.
 */
function antecedent(clause: Clause, verb: number, index: number): number {
  const token = clause.tokens[index]!;
  if (!/^(PRON|DET)$/.test(token.pos) || !RELATIVE.test(token.word)) return index;
  if (!/^acl/.test(clause.tokens[verb]!.dep) || clause.tokens[index - 1]?.word !== ",") return index;
  let at = index - 2;
  while (at >= 0 && clause.tokens[at]!.pos === "PUNCT") at -= 1;
  while (at >= 0 && /^flat/.test(clause.tokens[at]!.dep) && clause.tokens[at]!.head >= 0)
    at = clause.tokens[at]!.head;
  return at >= 0 && /^(NOUN|PROPN)$/.test(clause.tokens[at]!.pos) ? at : index;
}

/** The subject of a verb, or of the verb it is conjoined to or depends on ("will ... und startet"). */
export function subjects(clause: Clause, verb: number, dep: RegExp): number[] {
  let at = verb;
  for (let hops = 0; hops < 2 && at >= 0; hops += 1) {
    // The parser sometimes hangs the subject on the auxiliary ("Die Stadt hat ... umgestellt").
    const auxiliaries = clause.children(at, /^aux/).map((t) => t.index);
    const found = [at, ...auxiliaries].flatMap((i) => clause.arguments(i, dep));
    if (found.length > 0) return found.map((i) => antecedent(clause, at, i));
    const token = clause.tokens[at]!;
    if (!/^(conj|xcomp)$/.test(token.dep)) break;
    at = token.head;
  }
  return [];
}

/** An `obl:arg` without a preposition is an object the parser did not call one ("fördert Aachen, ..."). */
function bareArguments(clause: Clause, verb: number): number[] {
  return clause
    .children(verb, /^obl:arg$/)
    .filter((t) => clause.children(t.index, /^case$/).length === 0)
    .flatMap((t) => clause.withConjuncts(t.index));
}

export function findFrames(clause: Clause, rules: VerbRule[]): Frame[] {
  const frames: Frame[] = [];
  for (const rule of rules)
    for (const verb of findVerbs(clause, rule.verb, rule.particle)) {
      if (clause.isNegated(verb)) continue;
      if (rule.needs && !clause.subtree(verb).some((i) => rule.needs!.test(clause.tokens[i]!.word))) continue;
      // An attributive participle is a passive whose subject is its noun: "das vom Land geförderte Projekt".
      const head = clause.tokens[clause.tokens[verb]!.head];
      const attributive =
        /^(amod|acl)$/.test(clause.tokens[verb]!.dep) &&
        /^(NOUN|PROPN)$/.test(head?.pos ?? "") &&
        clause.children(verb, /^nsubj/).length === 0;
      const passive = attributive || clause.isPassive(verb);
      const actors = passive ? clause.agents(verb) : subjects(clause, verb, /^nsubj$/);
      const objects = attributive
        ? clause.withConjuncts(clause.tokens[verb]!.head)
        : passive
          ? subjects(clause, verb, /^nsubj:pass$/)
          : [...clause.arguments(verb, /^obj$/), ...bareArguments(clause, verb)];
      frames.push({ rule, verb, passive, actors, objects });
    }
  return frames;
}
