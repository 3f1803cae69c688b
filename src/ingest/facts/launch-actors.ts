/**
 * Launchers that are not a known actor: the Länder beside the Bund ("Bund und Länder haben ...
 * eingerichtet"), and an organisation the gazetteer does not know, named by its phrase ("Das
 * Studentenwerk Darmstadt hat auf die E-Akte umgestellt", `new-organizations.ts`). Both for
 * review. And the project a generic noun of a launch stands for.
 */
import type { Clause } from "./clause.js";
import { collectiveActor } from "./collective-actors.js";
import type { Frame } from "./frames.js";
import { newOrganizationAt } from "./new-organizations.js";
import { actorsOf, targetsOf, type Pair } from "./project-rules.js";
import { antecedentOf, projectOf } from "./participants.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";

/** A launcher that is not a known actor, with what it costs in confidence. */
function launcherAt(
  clause: Clause,
  index: number,
): { entity: Pair["actor"]; penalty: number; needsName: boolean } | undefined {
  if (clause.actorAt(index)) return undefined;
  const collective = collectiveActor(clause, index);
  if (collective) return { entity: collective, penalty: 0.1, needsName: false };
  const organization = newOrganizationAt(clause, index);
  // An organisation new to the graph launching a thing without a name says too little.
  return organization ? { entity: organization, penalty: 0.15, needsName: true } : undefined;
}

/** The pairs of the frames' actors that are no known actor. */
export function otherLaunchers(clause: Clause, frames: Frame[]): Pair[] {
  return frames.flatMap((frame) =>
    frame.actors.flatMap((i) => {
      const launcher = launcherAt(clause, i);
      if (!launcher) return [];
      const objects = launcher.needsName ? frame.objects.filter((o) => clause.hasName(o)) : frame.objects;
      return targetsOf(clause, objects, undefined).map((target) => ({
        actor: launcher.entity,
        target,
        confidence: frame.rule.confidence - launcher.penalty,
        rule: frame.rule.name,
      }));
    }),
  );
}

/**
 * "Elterngeld digital heißt das Projekt, das der Bund startet", "Der Bund startet das Projekt im
 * Mai": a generic project noun without a name of its own is the project it is named as, else the
 * one named before (participants.ts), launched by the frame's known actors, for review.
 */
export function referredLaunches(
  clause: Clause,
  frames: (Frame & { unnamed: number[] })[],
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): Pair[] {
  return frames.flatMap((frame) => {
    const actors = actorsOf(clause, knownActors(clause, frame));
    return frame.unnamed.flatMap((i) => {
      const project = projectOf(clause, antecedentOf(clause, frame.verb, i), sentence, analyzed);
      if (!project) return [];
      return actors.map((actor) => ({
        actor,
        target: project,
        confidence: frame.rule.confidence - REFERRED_PENALTY,
        rule: frame.rule.name,
      }));
    });
  });
}

const REFERRED_PENALTY = 0.15;

/** The actors a frame's known-actor pairs are read from: all but the Länder beside the Bund. */
export function knownActors(clause: Clause, frame: Frame): Frame {
  return { ...frame, actors: frame.actors.filter((i) => !collectiveActor(clause, i)) };
}
