/**
 * "Das Bundesministerium des Innern, für Bau und Heimat und die Freie Hansestadt Bremen haben
 * ... unterzeichnet": the parser hangs the second actor as a conjunct on a word inside the first
 * one's name ("Heimat"). A conjunct of a word inside a name, itself outside that name, is a
 * conjunct of the whole name: another actor beside it.
 */
import type { ParseToken } from "../parse/align.js";
import type { Clause } from "./clause.js";

/** The actors conjoined to the name at `index` through a word inside it. */
export function nameConjuncts(clause: Clause, index: number): number[] {
  const mention = clause.mentionAt(index);
  if (!mention) return [];
  const inside = (t: ParseToken) => mention.start <= t.start && t.end <= mention.end;
  return clause.tokens
    .filter((t) => inside(t) && t.index !== index)
    .flatMap((t) => clause.children(t.index, /^conj$/))
    .filter((c) => !inside(c))
    .flatMap((c) => clause.withConjuncts(c.index));
}

/** The actors with those conjoined to their names. */
export function withNameConjuncts(clause: Clause, actors: number[]): number[] {
  const all = [...actors, ...actors.flatMap((i) => nameConjuncts(clause, i))];
  return [...new Set(all)];
}
