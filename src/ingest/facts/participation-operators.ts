/**
 * participatesIn of an operator (participation-rules.ts runs this beside its own shapes): an
 * organisation that runs a service takes part in it, as its developer does
 * (participation-developers.ts), and so does one that accompanies a project as its adviser or
 * evaluator; a Land or a town that does so is left to the other rules.
 *   verb   "Dataport betreibt die Plattform X", "Das Portal X wird von der SAKD betrieben",
 *          "das von Dataport betriebene Portal X"
 *   noun   "govdigital, der Betreiber des Marktplatzes X", "Betreiber des Portals X ist die SAKD"
 *   accompany "Die PD hat das Projekt X begleitet", "Das Projekt X wird von der Universität
 *          Potsdam wissenschaftlich begleitet" (a named project or service)
 * An intended or denied operation states nothing.
 */
import type { Clause } from "./clause.js";
import { DEVELOPED, developedBy } from "./developing.js";
import { findFrames, type Frame, type VerbRule } from "./frames.js";
import { NOT_TAKEN_PART_IN, type Participation } from "./participants.js";
import { pairsOf } from "./project-rules.js";
import { swappedActive } from "./voice.js";

const OPERATE: VerbRule = {
  name: "betreiben",
  verb: /^(betreibt|betreiben|betrieb|betrieben(?:e|en|er|es|em)?)$/,
  confidence: 0.75,
};
const ACCOMPANY: VerbRule = {
  name: "begleiten",
  verb: /^(begleitet|begleiten|begleitete|begleiteten)$/,
  confidence: 0.7,
};
const OPERATOR = /^(Betreiber|Betreiberin)$/;
/** (No verb: the noun's rule is its name and confidence.) */
const OPERATOR_NOUN: VerbRule = { name: "Betreiber", verb: /^$/, confidence: 0.75 };

/** "govdigital, der Betreiber des Marktplatzes X", "Betreiber des Portals X ist die SAKD": operator and service. */
function operatorNouns(clause: Clause): { actor: number; target: number }[] {
  const found: { actor: number; target: number }[] = [];
  for (const token of clause.tokens) {
    if (!OPERATOR.test(token.word)) continue;
    const services = clause
      .children(token.index, /^nmod$/)
      .filter((t) => clause.children(t.index, /^case$/).length === 0);
    const copula = (at: number) => clause.children(at, /^cop$/).length > 0;
    // "X, der Betreiber des Y"; "Betreiber des Y ist X", "X ist Betreiber des Y" (either may be read as the subject).
    const actors =
      token.dep === "appos" || (token.dep === "nsubj" && copula(token.head))
        ? [token.head]
        : copula(token.index)
          ? clause.arguments(token.index, /^nsubj$/)
          : [];
    for (const actor of actors) for (const service of services) found.push({ actor, target: service.index });
  }
  return found;
}

export function participationOperators(clause: Clause): Participation[] {
  const isOrganization = (i: number) => clause.actorAt(i)?.entity.type === "Organization";
  const frames = findFrames(clause, [OPERATE, ACCOMPANY])
    .filter((frame) => !clause.isIntended(frame.verb) && !clause.isNegated(frame.verb))
    .map((frame) => swappedActive(frame, clause.hasActor))
    .map((frame) => developedBy(clause, frame, isOrganization));
  const nouns = operatorNouns(clause)
    .filter(({ actor }) => isOrganization(actor))
    .map(({ actor, target }): Frame => ({
      rule: OPERATOR_NOUN,
      verb: target,
      passive: false,
      actors: [actor],
      objects: [target],
    }));
  return pairsOf(clause, [...frames, ...nouns], {
    mustBeNamed: { betreiben: DEVELOPED, Betreiber: DEVELOPED, begleiten: DEVELOPED },
  })
    .filter(({ target }) => !NOT_TAKEN_PART_IN.test(target.entity.kind ?? ""))
    .map(({ actor, target, confidence, rule }) => ({
      actor: { entity: actor, known: !actor.isNew },
      target,
      confidence,
      rule: rule === ACCOMPANY.name ? "companion" : "operator",
    }));
}
