/**
 * "Der IT-Planungsrat hat in seiner 45. Sitzung die Strategie beschlossen": the tokenizer takes
 * the ordinal's period for a sentence end, and the parser makes "hat" the root of a first part
 * (with the subject) and the participle the root of a second (with the object as its passive
 * subject). A participle that has no subject, after a root perfect auxiliary that has one and no
 * verb of its own, is that auxiliary's verb: its subject acts, and the clause is active.
 */
import type { Clause } from "./clause.js";
import type { Frame } from "./frames.js";

const PERFECT = /^(hat|haben|hatte|hatten)$/;

export function joinedPerfect(clause: Clause, frame: Frame, isActor: (index: number) => boolean): Frame {
  const verb = clause.tokens[frame.verb]!;
  // The noun the ordinal counts ("45. Sitzung") may be read as the participle's subject.
  const counted = (t: { index: number }) =>
    clause.tokens[t.index - 1]?.word === "." && clause.tokens[t.index - 2]?.pos === "NUM";
  const own = clause
    .children(frame.verb, /^(nsubj|aux)/)
    .filter((t) => t.dep !== "nsubj:pass" && !counted(t));
  if (verb.head >= 0 || own.length > 0) return frame;
  const auxiliary = clause.tokens.find(
    (t) =>
      t.index < frame.verb &&
      t.head < 0 &&
      PERFECT.test(t.word) &&
      !clause.children(t.index).some((c) => /^(VERB|AUX)$/.test(c.pos) && c.dep !== "aux"),
  );
  if (!auxiliary) return frame;
  const actors = clause.arguments(auxiliary.index, /^nsubj$/).filter(isActor);
  if (actors.length === 0) return frame;
  const objects = clause
    .arguments(frame.verb, /^(obj|nsubj:pass)$/)
    .filter((i) => !counted(clause.tokens[i]!));
  return { ...frame, passive: false, actors, objects };
}
