/**
 * launches on someone's initiative: "die DigitalAgentur, die auf Initiative der Landesregierung
 * gegründet worden ist" (a passive that names no agent), "Das Portal entstand auf Initiative des
 * Landes Hessen", "Das Netzwerk geht auf eine Initiative von A und B zurück". Whose initiative it
 * was launched the clause's subject. A meeting is no launch ("Die Zusammenkunft erfolgte auf
 * Initiative der Minister ...": events are held, launch-rules.ts).
 */
import type { Clause } from "./clause.js";
import type { VerbRule } from "./frames.js";
import type { Pair } from "./project-rules.js";

const INITIATIVE = /^(Initiative|Anregung)$/;
/** Verbs by which a thing comes about, with its subject as the thing: "entstand", "geht ... zurück". */
const CAME_ABOUT: VerbRule = {
  name: "auf Initiative entstanden",
  verb: /^(entsteht|entstehen|entstand|entstanden|geht|gehen|ging|gingen|zurückgeht|zurückging|zurückgehen)$/,
  confidence: 0.75,
};
/** "geht ... zurück": the particle that makes "gehen" a verb of origin. */
const BACK = /^zurück$/;
/** Events and meetings, which are held, not launched. */
const EVENT =
  /(sitzung|tagung|treffen|zusammenkunft|veranstaltung|konferenz|kongress|messe|gespräch|gespräche|runde|besuch)$/i;

/**
 * The actors of the initiative the verb hangs on: the genitive or "von" phrase of "Initiative",
 * each conjunct apart ("auf Initiative der Länder A und B").
 */
export function initiators(clause: Clause, verb: number): number[] {
  const ofWhom = (t: { index: number }) =>
    clause.children(t.index, /^case$/).every((c) => /^von$/i.test(c.word));
  return (
    clause
      .children(verb, /^obl/)
      .filter((t) => INITIATIVE.test(t.word) && clause.hasCase(t.index, "auf"))
      // (The parser may join a second actor to "Initiative" itself: "des Landes A und der Stadt B".)
      .flatMap((t) => [...clause.children(t.index, /^nmod/), ...clause.children(t.index, /^conj$/)])
      .filter(ofWhom)
      .flatMap((t) => clause.withConjuncts(t.index))
  );
}

/** Whether a nominal names an event, which no one launches. */
const isEvent = (clause: Clause, index: number): boolean => EVENT.test(clause.tokens[index]!.word);

/** The subject of "entstand auf Initiative von X" / "geht auf eine Initiative von X zurück", and X. */
function initiatedThings(clause: Clause): { verb: number; actors: number[]; things: number[] }[] {
  const found: { verb: number; actors: number[]; things: number[] }[] = [];
  for (const token of clause.tokens) {
    if (!CAME_ABOUT.verb.test(token.word) || clause.isNegated(token.index)) continue;
    const going = /^(geht|gehen|ging|gingen)$/.test(token.word);
    if (going && !clause.children(token.index, /^compound:prt$/).some((t) => BACK.test(t.word))) continue;
    const actors = initiators(clause, token.index);
    if (actors.length === 0) continue;
    const things = clause.arguments(token.index, /^nsubj$/).filter((i) => !isEvent(clause, i));
    if (things.length > 0) found.push({ verb: token.index, actors, things });
  }
  return found;
}

/** Pairs of the things that came about on someone's initiative, for review. */
export function initiativePairs(clause: Clause, targetsOf: (objects: number[]) => Pair["target"][]): Pair[] {
  return initiatedThings(clause).flatMap(({ actors, things }) =>
    targetsOf(things).flatMap((target) =>
      actors
        .map((i) => clause.actorAt(i)?.entity)
        .filter((actor) => actor !== undefined)
        .map((actor) => ({ actor, target, confidence: CAME_ABOUT.confidence, rule: CAME_ABOUT.name })),
    ),
  );
}
