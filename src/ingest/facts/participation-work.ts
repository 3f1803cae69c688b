/**
 * participatesIn of those who do the work on a named project (participation-rules.ts runs this
 * beside its own shapes): "Die Umsetzung des Projekts X erfolgt durch Dataport", "Die
 * Zusammenarbeit im Projekt X erfolgte durch das Land, den ITV.SH und Dataport". The noun of the
 * work is the subject of "erfolgt", its doers are named with "durch", the project below the noun.
 * (Money is no work: "Die Finanzierung erfolgt durch das Land" is funding, funding-rules.ts.)
 */
import type { KnownEntity } from "../types.js";
import { projects } from "./build.js";
import type { Clause } from "./clause.js";
import { subjects } from "./frames.js";
import { isDenied, NOT_TAKEN_PART_IN, participantsAt, type Participation } from "./participants.js";

const HAPPENS = /^(erfolgt|erfolgte|erfolgen|erfolgten)$/;
/** Nouns of work on a project, or of working on it together. */
const WORK =
  /^(Umsetzung|Entwicklung|Weiterentwicklung|Realisierung|Einführung|Pilotierung|Erprobung|Konzeption|Betrieb|Zusammenarbeit|Kooperation)$/;

/** The one project the sentence names (the parser may not hang it below the noun of the work). */
function onlyProject(clause: Clause): KnownEntity | undefined {
  const named = projects(clause.sentence);
  return new Set(named.map((m) => m.entity.id)).size === 1 ? named[0]!.entity : undefined;
}

export function workDoneBy(clause: Clause): Participation[] {
  const found: Participation[] = [];
  for (const verb of clause.tokens) {
    if (!HAPPENS.test(verb.word) || isDenied(clause, verb.index) || clause.isIntended(verb.index)) continue;
    const works = subjects(clause, verb.index, /^nsubj/).filter((i) => WORK.test(clause.tokens[i]!.word));
    if (works.length === 0) continue;
    const project =
      works
        .flatMap((i) => clause.subtree(i))
        .map((i) => clause.projectAt(i))
        .find((p) => p !== undefined) ?? onlyProject(clause);
    if (!project || NOT_TAKEN_PART_IN.test(project.kind ?? "")) continue;
    const doers = clause
      .children(verb.index, /^obl/)
      .filter((t) => clause.hasCase(t.index, "durch"))
      .flatMap((t) => participantsAt(clause, t.index));
    for (const actor of doers)
      found.push({ actor, target: { entity: project, known: true }, confidence: 0.75, rule: "work-done-by" });
  }
  return found;
}
