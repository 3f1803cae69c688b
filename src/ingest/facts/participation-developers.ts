/**
 * participatesIn of a developer (participation-rules.ts runs this beside its own shapes): an
 * organisation that develops a service takes part in it, as an IT service provider, an agency or
 * a ministry does; a Land or the Bund that develops one leads it (lead-rules.ts), a municipality
 * or a person is left to the other rules.
 *   "Dataport hat den Online-Dienst X entwickelt", "Die Plattform X wurde von der FITKO
 *   entwickelt", "Mithilfe des von Dataport entwickelten Online-Dienstes „X“"
 * A developer taking part in an intention ("will ... entwickeln") or a denied one states nothing.
 */
import type { Clause } from "./clause.js";
import { commissionedDevelopments, DEVELOP, DEVELOPED, developedBy } from "./developing.js";
import { findFrames } from "./frames.js";
import { NOT_TAKEN_PART_IN, type Participation } from "./participants.js";
import { pairsOf } from "./project-rules.js";
import { swappedActive } from "./voice.js";

export function participationDevelopers(clause: Clause): Participation[] {
  const isOrganization = (i: number) => clause.actorAt(i)?.entity.type === "Organization";
  const frames = findFrames(clause, [DEVELOP])
    .filter((frame) => !clause.isIntended(frame.verb) && !clause.isNegated(frame.verb))
    .map((frame) => swappedActive(frame, clause.hasActor))
    .map((frame) => developedBy(clause, frame, isOrganization));
  // "hat das Portal X von der ekom21 entwickeln lassen": the one commissioned develops it.
  const commissioned = commissionedDevelopments(clause).map((frame) => ({
    ...frame,
    actors: frame.actors.filter(isOrganization),
  }));
  return pairsOf(clause, [...frames, ...commissioned], { mustBeNamed: { entwickeln: DEVELOPED } })
    .filter(({ target }) => !NOT_TAKEN_PART_IN.test(target.entity.kind ?? ""))
    .map(({ actor, target, confidence }) => ({
      actor: { entity: actor, known: !actor.isNew },
      target,
      confidence,
      rule: "developer",
    }));
}
