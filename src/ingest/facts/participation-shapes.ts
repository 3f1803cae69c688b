/**
 * participatesIn from who makes a project together or for others (participation-rules.ts
 * collects it), for review:
 *   joint      "Bremen und Hamburg haben gemeinsam den Online-Antrag X entwickelt",
 *              "A und B setzen das Projekt X zusammen um" -> each subject takes part
 *   developer  "der von Dataport entwickelte Online-Dienst X", "Die AKDB hat die Plattform X
 *              programmiert" -> an organisation that is no government (an IT service provider,
 *              a company, an association) takes part in what it builds; a government that
 *              develops a project leads it (lead-rules.ts)
 * A negated verb, or one that is only a duty or an intention, states nothing.
 */
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import type { Clause } from "./clause.js";
import { findFrames, type VerbRule } from "./frames.js";
import { antecedentOf, participantsAt, projectOf, type Participation } from "./participants.js";

/** Verbs of making a project. */
const MAKE: VerbRule[] = [
  {
    name: "make",
    verb: /^(entwickelt(?:e|en|er|es|em)?|entwickeln|erarbeitet(?:e|en)?|erarbeiten|programmiert(?:e|en|er|es|em)?|programmieren|realisiert(?:e|en)?|realisieren|pilotiert(?:e|en)?|pilotieren|erprobt(?:e|en)?|erproben)$/,
    confidence: 0.7,
  },
  { name: "make", verb: /^(setzt|setzen|setzte|setzten)$/, particle: /^um$/, confidence: 0.7 },
  { name: "make", verb: /^(umgesetzt(?:e|en|er|es|em)?|umsetzen)$/, confidence: 0.7 },
  { name: "make", verb: /^(baut|bauen|baute|bauten)$/, particle: /^auf$/, confidence: 0.7 },
  { name: "make", verb: /^(aufgebaut(?:e|en|er|es|em)?|aufbauen)$/, confidence: 0.7 },
];
const TOGETHER = /^(gemeinsam|zusammen)$/i;

/** The objects of a frame, misread ones included: "haben gemeinsam eine App entwickelt" read as a passive subject. */
function madeOf(clause: Clause, verb: number, objects: number[]): number[] {
  const misread =
    clause.children(verb, /^aux:pass$/).length === 0 ? clause.arguments(verb, /^nsubj:pass$/) : [];
  return [...objects, ...misread];
}

export function participationShapes(
  clause: Clause,
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): Participation[] {
  const found: Participation[] = [];
  for (const frame of findFrames(clause, MAKE)) {
    if (clause.isIntended(frame.verb)) continue;
    const objects =
      frame.passive && frame.actors.length > 0 ? frame.objects : madeOf(clause, frame.verb, frame.objects);
    const target = objects
      .map((i) => projectOf(clause, antecedentOf(clause, frame.verb, i), sentence, analyzed))
      .find((t) => t !== undefined);
    if (!target) continue;
    const actors = frame.actors.flatMap((i) => participantsAt(clause, i));
    // "A und B haben gemeinsam X entwickelt": two or more makers, each takes part.
    const together = clause.children(frame.verb, /^advmod$/).some((t) => TOGETHER.test(t.word));
    if (together && actors.length >= 2)
      for (const actor of actors) found.push({ actor, target, confidence: 0.75, rule: "joint" });
    // "von Dataport entwickelt": a maker that is no government takes part.
    for (const actor of actors)
      if (actor.entity.type === "Organization" && actor.entity.partOf === undefined && actor.known)
        found.push({ actor, target, confidence: 0.75, rule: "developer" });
  }
  return found;
}
