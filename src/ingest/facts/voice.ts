/**
 * The parser's slips of voice, read back: it marks an object "nsubj:pass" in an active perfect
 * ("haben Bund und Länder eine Steuerungsgruppe eingerichtet", "hatte der Rat die Konzeption
 * beschlossen"). Without a passive auxiliary and not attributive, such a clause is active: its
 * actors are the subjects (or, where `isActor` says so, a bare argument the parser read as the
 * actor, a second "nsubj:pass" among them), its objects the object and the other "nsubj:pass".
 * It also swaps subject and object (`swappedActive`) and gives a perfect's subject to "hat" and
 * the object to the participle as its subject (`subjectOfPerfect`).
 */
import type { Clause } from "./clause.js";
import { PERFECT_AUXILIARY, subjects, type Frame } from "./frames.js";

export function activeReading(clause: Clause, frame: Frame, isActor: (index: number) => boolean): Frame {
  const verb = clause.tokens[frame.verb]!;
  const attributive = /^(amod|acl)$/.test(verb.dep) && clause.children(frame.verb, /^nsubj/).length === 0;
  if (!frame.passive || attributive || clause.children(frame.verb, /^aux:pass$/).length > 0) return frame;
  const subject = subjects(clause, frame.verb, /^nsubj$/);
  const actors =
    subject.length > 0
      ? subject
      : clause
          .arguments(frame.verb, /^(obl:arg|obj|nsubj:pass)$/)
          .filter((i) => clause.children(i, /^case$/).length === 0 && isActor(i));
  if (actors.length === 0) return frame;
  const objects = clause.arguments(frame.verb, /^(obj|nsubj:pass)$/).filter((i) => !actors.includes(i));
  return { ...frame, passive: false, actors, objects };
}

/**
 * The parser swaps subject and object in an active perfect ("Das Ministerium hat das Portal online
 * geschaltet" read with "Portal" as subject) and where the object comes first ("Ein solches
 * Register fordert der Normenkontrollrat"): where no subject is an actor and an object is, read
 * them back.
 */
export function swappedActive(frame: Frame, isActor: (index: number) => boolean): Frame {
  if (frame.passive || frame.actors.some(isActor) || !frame.objects.some(isActor)) return frame;
  const actors = frame.objects.filter(isActor);
  return { ...frame, actors, objects: [...frame.actors, ...frame.objects.filter((i) => !isActor(i))] };
}

/**
 * "Das Land Hessen hat das Förderprogramm X ins Leben gerufen" read with the Land as the subject
 * of "hat" and the programme as the participle's (the participle hung on "hat", or "hat" on the
 * participle): where the participle's subject is no actor and the perfect auxiliary's is, the
 * auxiliary's subject acts and the participle's subject is its object.
 */
export function subjectOfPerfect(clause: Clause, frame: Frame, isActor: (index: number) => boolean): Frame {
  const verb = clause.tokens[frame.verb]!;
  const own = clause.arguments(frame.verb, /^nsubj$/).filter((i) => !isActor(i));
  if (frame.passive || own.length === 0) return frame;
  // The auxiliary is the participle's head ("hat" as the root) or its child.
  const auxiliaries = [
    ...(verb.dep === "xcomp" && verb.head >= 0 ? [clause.tokens[verb.head]!] : []),
    ...clause.children(frame.verb, /^aux$/),
  ].filter((t) => PERFECT_AUXILIARY.test(t.word));
  const actors = auxiliaries.flatMap((t) => clause.arguments(t.index, /^nsubj$/)).filter(isActor);
  return actors.length === 0 ? frame : { ...frame, actors, objects: [...own, ...frame.objects] };
}
