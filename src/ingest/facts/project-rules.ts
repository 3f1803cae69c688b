/**
 * What the launch and lead rules share: the actors of a verb frame, the projects its objects
 * name (a body or a known project, else a new Project named by its short noun phrase, never a
 * class of things such as "die eGovernment-Projekte"), and the facts of actor-project pairs.
 * The rules themselves: launch-rules.ts, lead-rules.ts.
 */
import type { Fact } from "../../model/fact.js";
import { slugify } from "../../model/ids.js";
import type { Mention } from "../entities/mentions.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { chooseTime, makeFact } from "./build.js";
import { BARE_KIND, type Clause } from "./clause.js";
import type { Frame } from "./frames.js";
import { lastProject } from "./participants.js";
import { baseForm } from "./relation-rules.js";

/** "die eGovernment-Projekte": a class of things, no one project. */
const GENERIC_PLURAL = /(projekte|vorhaben|leistungen|aktivitäten|maßnahmen|dienste|lösungen|angebote)$/i;

export interface Pair {
  actor: KnownEntity;
  target: Target;
  confidence: number;
  /** The rule's name, for measuring each rule's precision. */
  rule: string;
}

export interface Target {
  entity: KnownEntity;
  known: boolean;
}

/**
 * The actors of a frame, or none when one of its subjects is not an actor (a project that
 * "startet"); "er" or "sie" is the person the item named last (`referred`, less certain).
 */
function actorsOf(clause: Clause, frame: Frame): { entity: KnownEntity; referred: boolean }[] {
  const found = frame.actors.map((i) => {
    const named = (clause.actorAt(i) ?? personBelow(clause, i))?.entity;
    if (named) return { entity: named, referred: false };
    const referred = clause.personReferredTo(i, frame.verb);
    return referred ? { entity: referred, referred: true } : undefined;
  });
  if (found.length === 0 || found.some((m) => m === undefined)) return [];
  return found.map((m) => m!);
}

/**
 * "der Minister für Verkehr und digitale Infrastruktur Alexander Dobrindt": a role noun whose
 * person the parser hung deeper in the phrase (on "Verkehr") is that person.
 */
export function personBelow(clause: Clause, index: number): Mention | undefined {
  if (clause.tokens[index]!.pos !== "NOUN") return undefined;
  const people = clause
    .subtree(index)
    .map((i) => clause.actorAt(i))
    .filter((m) => m?.entity.type === "Person");
  return new Set(people.map((m) => m!.entity.id)).size === 1 ? people[0] : undefined;
}

/** Nouns of work on something: "bei der Implementierung und Pilotierung des Datenschutzcockpits". */
export const WORK_ON =
  /^(Umsetzung|Implementierung|Entwicklung|Weiterentwicklung|Einführung|Pilotierung|Erprobung|Realisierung|Konzeption|Digitalisierung|Betrieb)$/;

/** The project a noun of work names in its genitive (on it or on a conjoined noun of work). */
function workedOn(clause: Clause, index: number): number | undefined {
  if (!WORK_ON.test(clause.tokens[index]!.word)) return undefined;
  const attributes = clause.withConjuncts(index).flatMap((i) => clause.children(i, /^nmod/));
  const known = attributes.find((t) => clause.projectAt(t.index) !== undefined);
  if (known) return known.index;
  // "bei der Implementierung und Pilotierung des Datenschutzcockpits": the thing in the genitive,
  // a noun that names no actor and no mere kind of thing (named in the nominative by targetsOf).
  return attributes.find(
    (t) =>
      t.pos === "NOUN" &&
      clause.children(t.index, /^case$/).length === 0 &&
      !clause.actorAt(t.index) &&
      !BARE_KIND.test(clause.phrase(t.index)),
  )?.index;
}

/** A new project read in the genitive ("des Datenschutzcockpits") is named in the nominative. */
function inNominative(target: Target): Target {
  const name = baseForm(target.entity.name);
  return { ...target, entity: { ...target.entity, id: slugify(name), name } };
}

/** "Er wurde vom Land entwickelt": a pronoun in a project's place stands for the service named before. */
const PRONOUN = /^(er|es|sie|ihn)$/i;

function isPronoun(clause: Clause, index: number): boolean {
  const token = clause.tokens[index]!;
  return token.pos === "PRON" && PRONOUN.test(token.word);
}

function projectBefore(clause: Clause, index: number): Target | undefined {
  if (isPronoun(clause, index)) {
    const service = clause.sentence.context.lastService;
    return service ? { entity: service, known: false } : undefined;
  }
  return BARE_KIND.test(clause.phrase(index)) ? lastProject(clause.sentence) : undefined;
}

export function targetsOf(
  clause: Clause,
  objects: number[],
  mustBeNamed: RegExp | undefined,
  orNamed = false,
  organizations = false,
): Target[] {
  const targets: Target[] = [];
  for (const object of objects) {
    const index = workedOn(clause, object) ?? object;
    // A noun of work alone ("die Federführung für die Digitalisierung") names no project.
    if (WORK_ON.test(clause.phrase(index))) continue;
    // A project the text names ("das Projekt „X“", "die Plattform X") passes where a noun is asked for.
    // (A pronoun passes where the service it stands for is one by its kind or its name: "Er" for
    // "der Digitale Bauantrag".)
    const service = isPronoun(clause, index) ? clause.sentence.context.lastService : undefined;
    const word = service ? (service.name.split(" ").at(-1) ?? "") : clause.tokens[index]!.word;
    const ofKind = /^(platform|ozg-service)$/.test(service?.kind ?? "");
    if (mustBeNamed && !mustBeNamed.test(word) && !ofKind && !(orNamed && clause.projectAt(index))) continue;
    const actor = clause.actorAt(index);
    // (An organisation only where the rule founds one: "die DigitalAgentur GmbH ... gegründet".)
    if (actor?.entity.type === "Organization" && (actor.entity.kind === "body" || organizations)) {
      targets.push({ entity: actor.entity, known: true });
      continue;
    }
    // A kind of thing without a name ("ein Online-Dienst") stands for the project named before.
    // ("ein Projekt, das ..." after "X ist": the project X.)
    const predicated = clause.predicatedProject(index);
    const project =
      (predicated ? { entity: predicated, known: true } : undefined) ??
      clause.projectFor(index) ??
      projectBefore(clause, index);
    if (!project) continue;
    targets.push(index === object || project.known ? project : inNominative(project));
  }
  return targets;
}

export function factsOf(
  type: "launches" | "leads",
  pairs: Pair[],
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): Fact[] {
  return (
    pairs
      .filter(({ actor, target }) => actor.id !== target.entity.id)
      // A leader is a government or an organisation (DESIGN), never a person.
      .filter(({ actor }) => type !== "leads" || actor.type !== "Person")
      .filter(({ target }) => target.known || !GENERIC_PLURAL.test(target.entity.name))
      .map(({ actor, target, confidence, rule }) =>
        makeFact(
          {
            type,
            subject: actor,
            object: target.entity,
            confidence: target.known ? confidence : confidence - 0.05,
            rule: `${type}:${rule}`,
            ...(type === "launches" ? { text: target.entity.name } : {}),
          },
          sentence,
          analyzed.item,
          type === "launches" ? chooseTime(sentence, false) : undefined,
          type === "launches",
        ),
      )
  );
}

/** Which rules ask what of their targets, by rule name. */
export interface TargetRules {
  /** The nouns a target must be. */
  mustBeNamed?: Record<string, RegExp>;
  /** The rules for which a named project passes beside the nouns `mustBeNamed` asks for. */
  orNamed?: ReadonlySet<string>;
  /** The rules whose target may be an organisation (one founds an agency). */
  founding?: ReadonlySet<string>;
}

export function pairsOf(
  clause: Clause,
  frames: Frame[],
  { mustBeNamed = {}, orNamed = new Set(), founding = new Set() }: TargetRules = {},
) {
  return frames.flatMap((frame) => {
    const actors = actorsOf(clause, frame);
    const targets = targetsOf(
      clause,
      frame.objects,
      mustBeNamed[frame.rule.name],
      orNamed.has(frame.rule.name),
      founding.has(frame.rule.name),
    );
    return actors.flatMap(({ entity, referred }) =>
      targets.map((target) => ({
        actor: entity,
        target,
        confidence: frame.rule.confidence - (referred ? 0.1 : 0),
        rule: frame.rule.name,
      })),
    );
  });
}
