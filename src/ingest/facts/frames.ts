/**
 * Verb rules over a Clause: the uses of a rule's verb in a sentence, each with its voice resolved
 * into who acts and what is acted on (subject and object, or a passive's agent and subject; an
 * attributive participle is a passive of its noun), conjuncts split, relative pronouns resolved.
 */
import type { ParseToken } from "../parse/align.js";
import { nounBeforeComma } from "../parse/view.js";
import type { Clause } from "./clause.js";

/**
 * A separable verb written as one word, as in a subordinate clause ("dass die Kreise X
 * einführen", "die das Land bereitstellt"): a particle the rule asks for, then the verb's form.
 */
function joinedWithParticle(word: string, verb: RegExp, particle: RegExp): boolean {
  for (let split = 2; split <= 6 && split < word.length - 2; split += 1)
    if (particle.test(word.slice(0, split)) && verb.test(word.slice(split))) return true;
  return false;
}

/**
 * The forms a verb's word is read as: itself, and for a verb of reported speech (Konjunktiv I,
 * third person singular: "Das Land beteilige sich", "es nutze", "sie starte") the indicative it
 * reports ("beteiligt", "nutzt", "startet"). Only for a word the model tags a verb.
 */
export function readForms(token: ParseToken, word = token.word): string[] {
  if (!/^(VERB|AUX)$/.test(token.pos) || !/\p{Ll}e$/u.test(word)) return [word];
  return [word, `${word.slice(0, -1)}t`, `${word}t`];
}

/**
 * An attributive participle is its participle inflected: "die vom Land geleitete Arbeitsgruppe",
 * "die eingesetzten Lösungen" read as "geleitet", "eingesetzt". Only a word that modifies a noun.
 */
function attributiveForms(clause: Clause, token: ParseToken): string[] {
  if (!/^(amod|acl)$/.test(token.dep) || !/^(ADJ|VERB)$/.test(token.pos)) return [];
  if (!/^(NOUN|PROPN)$/.test(clause.tokens[token.head]?.pos ?? "")) return [];
  const participle = token.word.replace(/e[nmrs]?$/, "");
  return participle !== token.word && /(t|n)$/.test(participle) ? [participle] : [];
}

/** Whether a token's word matches `verb`, with the particle the rule asks for where it asks one. */
export function fitsVerb(clause: Clause, token: ParseToken, verb: RegExp, particle?: RegExp): boolean {
  if (!/^(VERB|AUX|ADJ|NOUN)$/.test(token.pos)) return false;
  const forms = [...readForms(token, verbForm(clause, token)), ...attributiveForms(clause, token)];
  return forms.some((word) =>
    !particle
      ? verb.test(word)
      : (verb.test(word) && particle.test(clause.particle(token.index) ?? "")) ||
        (token.pos === "VERB" && joinedWithParticle(word, verb, particle)),
  );
}

/** Tokens whose word matches `verb`, with the particle the rule asks for where it asks one. */
export function findVerbs(clause: Clause, verb: RegExp, particle?: RegExp): number[] {
  return clause.tokens.filter((t) => fitsVerb(clause, t, verb, particle)).map((t) => t.index);
}

/**
 * A participle opening a sentence before its auxiliary is capitalised: "Gefördert wird das Projekt
 * vom Bund", "Beteiligt sind zudem A und B". (A finite verb first is a condition or a question:
 * "Stimmt auch der Bundesrat zu, ...".)
 */
export function verbForm(clause: Clause, token: ParseToken): string {
  const { word } = token;
  const auxiliaryNext = clause
    .children(token.index, /^(aux|aux:pass|cop)$/)
    .some((t) => t.index === token.index + 1);
  if (token.pos === "NOUN" || !auxiliaryNext) return word;
  return word.charAt(0).toLowerCase() + word.slice(1);
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
function antecedent(clause: Clause, verb: number, index: number): number[] {
  const token = clause.tokens[index]!;
  if (!/^(PRON|DET)$/.test(token.pos) || !RELATIVE.test(token.word)) return [index];
  if (!/^acl/.test(clause.tokens[verb]!.dep)) return [index];
  const noun = nounBeforeComma(clause.tokens, index - 1);
  if (noun === undefined) return [index];
  // (the group itself stays, for those rules that count it: "zwölf Kommunen" use a service)
  const one = oneOfThem(clause, noun);
  return one === undefined ? [noun] : [one, noun];
}

/**
 * "Der Kreis X ist einer von 17 Kommunen, die ...", "Kiel ist eine der Kommunen, die ...": the
 * clause says of the group what it says of the one the sentence is about.
 */
function oneOfThem(clause: Clause, noun: number): number | undefined {
  const group = clause.tokens[noun]!;
  if (group.dep !== "nmod" || group.head < 0) return undefined;
  const one = clause.tokens[group.head]!;
  if (!/^(einer|eine|eines|einen|einem)$/i.test(one.word) || clause.children(one.index, /^cop$/).length === 0)
    return undefined;
  return clause.arguments(one.index, /^nsubj$/)[0];
}

/** The subject of a verb, or of the verb it is conjoined to or depends on ("will ... und startet"). */
export function subjects(clause: Clause, verb: number, dep: RegExp): number[] {
  let at = verb;
  for (let hops = 0; hops < 2 && at >= 0; hops += 1) {
    // The parser sometimes hangs the subject on the auxiliary ("Die Stadt hat ... umgestellt").
    const auxiliaries = clause.children(at, /^aux/).map((t) => t.index);
    const found = [at, ...auxiliaries].flatMap((i) => clause.arguments(i, dep));
    if (found.length > 0) return found.flatMap((i) => antecedent(clause, at, i));
    const beside = dep.test("nsubj") ? besideActors(clause, [at, ...auxiliaries]) : [];
    if (beside.length > 0) return beside;
    const token = clause.tokens[at]!;
    if (!/^(conj|xcomp)$/.test(token.dep)) break;
    at = token.head;
  }
  return [];
}

/**
 * "Bisher haben neben Sachsen-Anhalt u. a. Hamburg und Berlin den Vertrag ratifiziert": the parser
 * may hang the whole list on "neben" and leave the verb without a subject. With no subject, the
 * known actors of a "neben" phrase act, the one named after "neben" as much as the others.
 */
function besideActors(clause: Clause, heads: number[]): number[] {
  return (
    heads
      .flatMap((h) => clause.children(h, /^obl/))
      .filter((t) => clause.children(t.index, /^case$/).some((c) => /^neben$/i.test(c.word)))
      .filter((t) => clause.actorAt(t.index) !== undefined)
      .flatMap((t) => clause.withConjuncts(t.index))
      // "u. a. Hamburg": a name set beside an abbreviation the parser took for the conjunct.
      .flatMap((i) => (clause.actorAt(i) ? [i] : clause.children(i, /^(appos|flat)$/).map((c) => c.index)))
      .filter((i) => clause.actorAt(i) !== undefined)
  );
}

/** Words the parser makes the head of a perfect or future tense ("hat ... beschlossen"). */
export const TENSE_AUXILIARY =
  /^(hat|haben|hatte|hatten|habe|hätten|ist|sind|war|waren|wird|werden|wurde|wurden|worden)$/i;
/** The auxiliaries of an active perfect: the forms of "haben". */
export const PERFECT_AUXILIARY = /^(hat|haben|hatte|hatten)$/;

/**
 * The objects of a verb; where the parser made its auxiliary the head and the verb an `xcomp`
 * ("Der Rat hat den NOOTS-Staatsvertrag beschlossen"), the objects it hung on the auxiliary.
 */
export function objectsOf(clause: Clause, verb: number): number[] {
  const own = clause.arguments(verb, /^obj$/);
  const token = clause.tokens[verb]!;
  const head = clause.tokens[token.head];
  if (own.length > 0 || token.dep !== "xcomp" || !head || !TENSE_AUXILIARY.test(head.word)) return own;
  return clause.arguments(head.index, /^obj$/);
}

/** An `obl:arg` without a preposition is an object the parser did not call one ("fördert Aachen, ..."). */
function bareArguments(clause: Clause, verb: number): number[] {
  return clause
    .children(verb, /^obl:arg$/)
    .filter((t) => clause.children(t.index, /^case$/).length === 0)
    .flatMap((t) => clause.withConjuncts(t.index));
}

/**
 * What a passive acts on: its passive subject, else the object the parser gave it instead ("wurde
 * im Landtag das E-Government-Gesetz verabschiedet").
 */
function passiveSubjects(clause: Clause, verb: number): number[] {
  const own = subjects(clause, verb, /^nsubj:pass$/).flatMap((i) => antecedent(clause, verb, i));
  return own.length > 0 ? own : clause.arguments(verb, /^obj$/).flatMap((i) => antecedent(clause, verb, i));
}

/**
 * "Die Landesregierung hat die Digitalstrategie beschlossen": with no object, the parser may read
 * the object as a second subject. Of two subjects the actor acts (else the first in word order) and
 * the other is acted on; undefined where the verb has not two subjects.
 */
function splitSubjects(clause: Clause, verb: number): { actors: number[]; objects: number[] } | undefined {
  const heads = [verb, ...clause.children(verb, /^aux/).map((t) => t.index)];
  const found = heads.flatMap((i) => clause.children(i, /^nsubj$/)).map((t) => t.index);
  if (found.length !== 2 || clause.children(verb, /^obj$/).length > 0) return undefined;
  const [first, second] = found.sort((a, b) => a - b) as [number, number];
  const actor = !clause.actorAt(first) && clause.actorAt(second) ? second : first;
  const other = actor === first ? second : first;
  return { actors: clause.withConjuncts(actor), objects: clause.withConjuncts(other) };
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
      const split = passive ? undefined : splitSubjects(clause, verb);
      if (split) {
        frames.push({ rule, verb, passive, ...split });
        continue;
      }
      const actors = passive ? clause.agents(verb) : subjects(clause, verb, /^nsubj$/);
      const objects = attributive
        ? clause.withConjuncts(clause.tokens[verb]!.head)
        : passive
          ? passiveSubjects(clause, verb)
          : [
              ...objectsOf(clause, verb).flatMap((i) => antecedent(clause, verb, i)),
              ...bareArguments(clause, verb),
            ];
      frames.push({ rule, verb, passive, actors, objects });
    }
  return frames;
}
