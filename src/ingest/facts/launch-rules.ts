/**
 * launches from the dependency parse, as small declarative verb rules: the subject (or the agent
 * of a passive) launches the object (or the passive's subject); coordinated actors are split, a
 * negated or merely intended launch ("soll ... vorlegen") states nothing.
 *   "startet", "eröffnet", "launcht" (a named object), "stellt ... vor", "legt ... vor",
 *   "präsentiert", "gründet", "führt ... ein", "ins Leben gerufen", "an den Start gebracht",
 *   "schaltet ... frei", "online geschaltet", "in Betrieb genommen", "rollt ... aus",
 *   "gibt den Startschuss für", "auf den Weg gebracht", "eingesetzt"/"errichtet" (a body),
 *   "umgesetzt" or "umgestellt auf" (a service), "verfasst" or "veröffentlicht" (a plan or
 *   report), "aufgelegt" (a programme); the verb table is launch-verbs.ts.
 */
import type { Fact } from "../../model/fact.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { Clause } from "./clause.js";
import { deniesDeed, findFrames, subjects, type Frame } from "./frames.js";
import { LAUNCH_RULES, SERVICE_KIND, SET_UP_BODY, type LaunchRule } from "./launch-verbs.js";
import { collectiveActor } from "./collective-actors.js";
import { knownActors, otherLaunchers, referredLaunches } from "./launch-actors.js";
import { newOrganizationAt } from "./new-organizations.js";
import { withNameConjuncts } from "./name-conjuncts.js";
import { factsOf, pairsOf } from "./project-rules.js";
import { activeReading } from "./voice.js";
import { selfLaunches } from "./launch-intransitive.js";

/** Nouns that are launched in a looser sense: a cabinet, figures, a team. */
const NOT_LAUNCHED =
  /^(Kabinett|Team|Mannschaft|Regierung|Zahlen|Ergebnisse|Bilanz|Pläne|Plan|Ideen|Vorschläge)$/;

/**
 * The parser swaps subject and object in an active perfect ("Das Ministerium hat das Portal online
 * geschaltet" read with "Portal" as subject): where no subject is an actor and an object is, read them back.
 */
function swappedActive(frame: Frame, isActor: (index: number) => boolean): Frame {
  if (frame.passive || frame.actors.some(isActor) || !frame.objects.some(isActor)) return frame;
  const actors = frame.objects.filter(isActor);
  return { ...frame, actors, objects: [...frame.actors, ...frame.objects.filter((i) => !isActor(i))] };
}

/**
 * "hat beschlossen, eine Agentur zu gründen", "fordert, das Portal freizuschalten": a "zu"
 * infinitive under another verb is decided, planned or demanded, not yet launched.
 */
function isToInfinitive(clause: Clause, verb: number): boolean {
  const token = clause.tokens[verb]!;
  if (!/^(xcomp|ccomp|advcl|acl)$/.test(token.dep)) return false;
  return (
    clause.children(verb, /^mark$/).some((m) => /^(zu|um)$/i.test(m.word)) ||
    /^(ab|an|auf|aus|ein|frei|vor|zusammen)zu\p{Ll}{3,}$/u.test(token.word)
  );
}

const PERFECT_AUXILIARY = /^(hat|haben|hatte|hatten)$/;

/** "Der Rat hat den Vertrag auf den Weg gebracht" read with "hat" as the head: its object is the participle's. */
function withAuxiliaryObjects(clause: Clause, frame: Frame): Frame {
  const verb = clause.tokens[frame.verb]!;
  const head = clause.tokens[verb.head];
  if (frame.objects.length > 0 || frame.passive || verb.dep !== "xcomp" || !head) return frame;
  if (!PERFECT_AUXILIARY.test(head.word)) return frame;
  const objects = clause.arguments(head.index, /^obj$/).filter((i) => !frame.actors.includes(i));
  return objects.length > 0 ? { ...frame, objects } : frame;
}

/** "schaltet das Portal frei" read with "frei" as a predicate of its own: its subject is the verb's object. */
function predicateSubjects(clause: Clause, verb: number, rule: LaunchRule): number[] {
  if (!rule.needs) return [];
  return clause
    .children(verb, /^(xcomp|mark|advmod)$/)
    .filter((t) => rule.needs!.test(t.word))
    .flatMap((t) => clause.arguments(t.index, /^nsubj/));
}

/** The phrases with the rule's preposition on the verb or its object: "gibt den Startschuss für das Portal". */
function throughObjects(clause: Clause, verb: number, objects: number[], through: RegExp): number[] {
  return [verb, ...objects]
    .flatMap((i) => clause.children(i, /^(obl|nmod)/))
    .filter((t) => clause.children(t.index, /^case$/).some((c) => through.test(c.word)))
    .map((t) => t.index);
}

export function launchRules(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const clause = new Clause(sentence);
  const isActor = (i: number) =>
    clause.actorAt(i) !== undefined || !!collectiveActor(clause, i) || !!newOrganizationAt(clause, i);
  const frames = findFrames(clause, LAUNCH_RULES)
    .filter((frame) => !clause.isIntended(frame.verb) && !isToInfinitive(clause, frame.verb))
    .map((frame) => swappedActive(activeReading(clause, frame, isActor), isActor))
    .map((frame) => withAuxiliaryObjects(clause, frame))
    .map((frame) => {
      const rule = frame.rule as LaunchRule;
      const objects = rule.through
        ? throughObjects(clause, frame.verb, frame.objects, rule.through)
        : [...frame.objects, ...predicateSubjects(clause, frame.verb, rule)];
      // "startet ein Förderprogramm": an unnamed object that names a kind of service, for review.
      const ofKind = (i: number) =>
        rule.named === true && !clause.hasName(i) && SERVICE_KIND.test(clause.tokens[i]!.word);
      const launched =
        rule.named && objects.some(ofKind) ? { ...rule, confidence: rule.confidence - 0.15 } : rule;
      // "startet das Projekt": a generic noun without a name is the project named as such or before.
      const unnamed = objects.filter(
        (i) => rule.named && !clause.hasName(i) && !ofKind(i) && !NOT_LAUNCHED.test(clause.tokens[i]!.word),
      );
      return {
        ...frame,
        unnamed,
        rule: launched,
        // An "umgestellt" has its user as the subject, never a passive.
        actors: withNameConjuncts(
          clause,
          rule.through?.test("auf") ? subjects(clause, frame.verb, /^nsubj$/) : frame.actors,
        ),
        objects: objects.filter((i) => {
          const word = clause.tokens[i]!.word;
          if (NOT_LAUNCHED.test(word) || rule.notObject?.test(word)) return false;
          if (rule.named && !clause.hasName(i) && !ofKind(i)) return false;
          if (!rule.object) return true;
          const body = clause.actorAt(i)?.entity;
          return (rule.object === SET_UP_BODY && body?.kind === "body") || rule.object.test(word);
        }),
      };
    });
  // "Bund und Länder haben ... eingerichtet", "Das Studentenwerk Darmstadt hat ... umgestellt": for review.
  const plain = frames.map((frame) => knownActors(clause, frame));
  return factsOf(
    "launches",
    [
      ...pairsOf(clause, plain),
      ...otherLaunchers(clause, frames),
      ...selfLaunches(clause),
      ...referredLaunches(clause, frames, sentence, analyzed),
    ],
    sentence,
    analyzed,
  );
}

/**
 * "startet ... nicht", "soll ... vorlegen", "beschlossen, ... zu gründen", "eröffnete die Sitzung" (an event): no launch,
 * whatever the word rules would read.
 */
export function deniesLaunch(sentence: AnalyzedSentence): boolean {
  const clause = new Clause(sentence);
  const opensEvent = findFrames(clause, LAUNCH_RULES).some(
    (frame) =>
      (frame.rule as LaunchRule).notObject !== undefined &&
      frame.objects.length > 0 &&
      frame.objects.every((i) => (frame.rule as LaunchRule).notObject!.test(clause.tokens[i]!.word)),
  );
  const planned = findFrames(clause, LAUNCH_RULES).some((frame) => isToInfinitive(clause, frame.verb));
  return opensEvent || planned || deniesDeed(clause, LAUNCH_RULES);
}
