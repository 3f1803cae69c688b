/**
 * What developing a service tells, shared by lead-rules.ts and participation-developers.ts:
 * the developers of an "entwickeln" frame and what they develop. A Land or the Bund that
 * develops a service leads it; an organisation (an IT service provider, an agency, a ministry)
 * that develops it takes part in it as its developer.
 */
import { Clause } from "./clause.js";
import { subjects as subjectsOf, type Frame, type VerbRule } from "./frames.js";

export const DEVELOP: VerbRule = {
  name: "entwickeln",
  verb: /^(entwickelt(?:e|en|er|es|em)?|entwickeln)$/,
  confidence: 0.8,
};
/** The nouns of what one develops as a service ("das Verfahren", "die Plattform X", "des Dienstes"). */
export const DEVELOPED =
  /(verfahren|plattform|portal|lösung|antrag|dienst|app|anwendung|akte|angebot|projekt|vorhaben|prozess|service|system)(?:e?s)?$/i;

export function isGovernment(clause: Clause, index: number): boolean {
  return /^(State|Federation)$/.test(clause.actorAt(index)?.entity.type ?? "");
}

/** "Der Bund hat die Plattform X entwickelt" read as a passive: no passive auxiliary, no agent, no noun it qualifies. */
function misreadPassive(clause: Clause, frame: Frame): boolean {
  const verb = clause.tokens[frame.verb]!;
  return (
    frame.passive &&
    frame.actors.length === 0 &&
    !/^(amod|acl)$/.test(verb.dep) &&
    clause.children(frame.verb, /^aux:pass$/).length === 0
  );
}

/**
 * An "entwickeln" frame with its developers as actors, which `keep` selects: the subject of an
 * active ("Hessen hat die Plattform X entwickelt", less sure), the agent of a passive or of an
 * attributive participle ("der von Dataport entwickelte Dienst"). The parser may read the
 * service's noun as a second subject, or an active as a passive without its auxiliary.
 */
export function developedBy(clause: Clause, frame: Frame, keep: (index: number) => boolean): Frame {
  const misread = misreadPassive(clause, frame);
  if (frame.passive && !misread) return { ...frame, actors: frame.actors.filter(keep) };
  const subjects = misread ? subjectsOf(clause, frame.verb, /^nsubj$/) : frame.actors;
  const objects = [
    ...(misread ? clause.arguments(frame.verb, /^(obj|nsubj:pass)$/) : frame.objects),
    ...subjects.filter((i) => !clause.actorAt(i)),
  ];
  return { ...frame, actors: subjects.filter(keep), objects, rule: { ...frame.rule, confidence: 0.7 } };
}

/** Forms of "lassen", which makes an infinitive under it a commission: "entwickeln lassen". */
const LET = /^(lässt|lassen|ließ|ließen|gelassen)$/;
const BY = /^(von|vom)$/i;

/**
 * "Hessen hat das Portal X von der ekom21 entwickeln lassen", "Das Land ließ die App X von
 * Dataport entwickeln": the "entwickeln" frame of a commission, with the one commissioned as its
 * actor and what "lassen" governs as its object. The parser hangs the "von" phrase on the
 * infinitive, on "lassen" or on the thing developed, and may read that thing as the subject.
 */
export function commissionedDevelopments(clause: Clause): Frame[] {
  const frames: Frame[] = [];
  for (const token of clause.tokens) {
    const let_ = clause.tokens[token.head];
    if (token.word !== "entwickeln" || token.dep !== "xcomp" || !let_ || !LET.test(let_.word)) continue;
    if (clause.isNegated(let_.index) || clause.isIntended(let_.index)) continue;
    const things = [
      ...clause.arguments(let_.index, /^obj$/),
      ...clause.arguments(token.index, /^obj$/),
      ...clause.arguments(let_.index, /^nsubj$/).filter((i) => !clause.actorAt(i)),
    ];
    const developers = [token.index, let_.index, ...things]
      .flatMap((i) => clause.children(i, /^(obl|nmod)/))
      .filter((t) => clause.children(t.index, /^case$/).some((c) => BY.test(c.word)))
      .flatMap((t) => clause.withConjuncts(t.index));
    if (developers.length > 0 && things.length > 0)
      frames.push({ rule: DEVELOP, verb: token.index, passive: false, actors: developers, objects: things });
  }
  return frames;
}
