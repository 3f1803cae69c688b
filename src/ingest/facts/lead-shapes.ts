/**
 * leads beyond the verb and noun tables of lead-rules.ts, for review:
 *   described      the target of a lead verb a text describes or refers back to ("Der digitale
 *                  Prozess wurde durch das Land entwickelt": the project the sentences before name)
 *   lead-role      "Die Stadt Ulm ist Leitkommune des Projekts X", "Leitkommune ist die Stadt Ulm"
 *                  (without a project: the article's)
 *   responsible    "Hessen zeichnet für das Projekt X verantwortlich", "Für X zeichnen A und B
 *                  verantwortlich", "X, für das A und B verantwortlich zeichnen"
 */
import type { KnownEntity } from "../types.js";
import type { AnalyzedItem } from "./analyze.js";
import { isActor } from "./build.js";
import type { Clause } from "./clause.js";
import { describedProject, projectNamedBefore, refersBack } from "./described-projects.js";
import { targetsOf, type Pair, type Resolve } from "./project-rules.js";

/** Rules whose object is what they lead whatever its kind: a described or referred-to project passes. */
const LEADS_DESCRIBED: ReadonlySet<string> = new Set([
  "verantworten",
  "koordinieren",
  "leiten",
  "entwickeln",
  "federführend-object",
  "responsible",
]);

/**
 * A project the text describes or refers back to: "Der digitale Prozess wurde durch das Land
 * entwickelt" leads the project the sentences before named; "leitet das Projekt zur digitalen
 * Bauakte" a new one named by its noun phrase. Not for a name, an actor or another rule's object.
 */
export function describedTarget(clause: Clause, analyzed: AnalyzedItem): Resolve {
  return (index, rule) => {
    const token = clause.tokens[index];
    if (!token || (rule !== undefined && !LEADS_DESCRIBED.has(rule))) return undefined;
    if (clause.hasName(index) || clause.actorAt(index)) return undefined;
    if (refersBack(clause, index)) {
      const before = projectNamedBefore(analyzed, clause.sentence);
      return before ? { entity: before, known: false, referred: true } : undefined;
    }
    const described = describedProject(clause, index);
    return described ? { entity: described, known: false } : undefined;
  };
}

const LEAD_ROLE = /^(Leitkommune|Leitstadt|Leitland|Leitbehörde|Leitregion|Leitlandkreis)$/;

/** "Die Stadt Ulm ist Leitkommune des Projekts X", "Leitkommune ist die Stadt Ulm": the holder leads X, else the article's project. */
export function leadRoles(clause: Clause, resolve: Resolve): Pair[] {
  const pairs: Pair[] = [];
  for (const token of clause.tokens) {
    if (!LEAD_ROLE.test(token.word)) continue;
    const head = clause.tokens[token.head];
    const ownCopula = clause.children(token.index, /^cop$/).length > 0;
    const headCopula =
      head !== undefined && /^nsubj/.test(token.dep) && clause.children(head.index, /^cop$/).length > 0;
    const predicate = ownCopula ? token.index : headCopula ? head.index : undefined;
    if (predicate === undefined || clause.isNegated(predicate) || clause.isIntended(predicate)) continue;
    const holders = ownCopula ? clause.arguments(token.index, /^nsubj$/) : [head!.index];
    const actors = holders
      .map((i) => clause.actorAt(i)?.entity)
      .filter((e): e is KnownEntity => e !== undefined && e.type !== "Person");
    const topics = clause.children(token.index, /^nmod/).map((t) => t.index);
    const named = targetsOf(clause, topics, undefined, false, (i) => resolve(i, "responsible"));
    const last = clause.sentence.context.lastProject;
    const targets =
      named.length > 0 ? named : last && last.kind !== "law" ? [{ entity: last, known: false }] : [];
    for (const actor of actors)
      for (const target of targets) pairs.push({ actor, target, confidence: 0.75, rule: "lead-role" });
  }
  return pairs;
}

const SIGN = /^(zeichnet|zeichnen|zeichnete|zeichneten|gezeichnet)$/;
const RELATIVE = /^(der|die|das|den|dem|welche|welcher|welches|welchen)$/i;

/** The clause around a token: from the comma before to the comma after. */
function span(clause: Clause, from: number, to: number): [number, number] {
  let first = from;
  let last = to;
  while (first > 0 && clause.tokens[first - 1]!.word !== ",") first -= 1;
  while (last < clause.tokens.length - 1 && !/^[,.;:]$/.test(clause.tokens[last + 1]!.word)) last += 1;
  return [first, last];
}

/**
 * "A zeichnet für X verantwortlich" in any word order, read from the words (the parser splits
 * the phrase): the actors of the clause lead what the "für" phrase names; a relative "für das"
 * names the project before the comma.
 */
export function signResponsible(clause: Clause, resolve: Resolve): Pair[] {
  const pairs: Pair[] = [];
  const { tokens } = clause;
  for (const verb of tokens.filter((t) => SIGN.test(t.word))) {
    const adjective = tokens.find(
      (t) => /^verantwortlich$/i.test(t.word) && Math.abs(t.index - verb.index) <= 8,
    );
    if (!adjective || clause.isNegated(verb.index) || clause.isIntended(verb.index)) continue;
    const [first, last] = span(
      clause,
      Math.min(verb.index, adjective.index),
      Math.max(verb.index, adjective.index),
    );
    const fuer = tokens.find((t) => t.index >= first && t.index <= last && /^für$/i.test(t.word));
    if (!fuer) continue;
    const next = tokens[fuer.index + 1];
    let target: number | undefined;
    let phraseEnd = fuer.index + 1;
    if (
      next &&
      RELATIVE.test(next.word) &&
      tokens[fuer.index - 1]?.word === "," &&
      // "für das Hessen und ... zeichnen": an actor right after the pronoun, not a noun of its phrase.
      (!/^(NOUN|PROPN|ADJ)$/.test(tokens[fuer.index + 2]?.pos ?? "") ||
        clause.actorAt(fuer.index + 2) !== undefined)
    ) {
      // "X, für das A und B verantwortlich zeichnen": the project named before the comma.
      target = [...tokens.slice(0, fuer.index - 1)]
        .reverse()
        .find(
          (t) =>
            /^(NOUN|PROPN)$/.test(t.pos) && (clause.hasName(t.index) || describedProject(clause, t.index)),
        )?.index;
    } else {
      while (phraseEnd <= last && !/^(NOUN|PROPN)$/.test(tokens[phraseEnd]!.pos)) phraseEnd += 1;
      // "für den Online-Antrag": the head of a compound the parser split.
      let head = phraseEnd;
      while (head <= last && /^compound/.test(tokens[head]!.dep) && tokens[head]!.head > head)
        head = tokens[head]!.head;
      phraseEnd = head;
      target = phraseEnd <= last ? phraseEnd : undefined;
      // The phrase runs on over its name parts: "für das Digitalisierungslabor Führerschein".
      while (phraseEnd + 1 <= last && /^(flat|appos|compound)/.test(tokens[phraseEnd + 1]!.dep))
        phraseEnd += 1;
    }
    if (target === undefined) continue;
    const actors = clause.sentence.mentions
      .filter((m) => isActor(m) && m.form !== "adjective" && m.entity.type !== "Person")
      .filter((m) => m.start >= tokens[first]!.start && m.end <= tokens[last]!.end)
      .filter((m) => m.end <= fuer.start || m.start > tokens[phraseEnd]!.end);
    const targets = targetsOf(clause, [target], undefined, false, (i) => resolve(i, "responsible"));
    for (const actor of actors)
      for (const t of targets)
        pairs.push({ actor: actor.entity, target: t, confidence: 0.75, rule: "responsible" });
  }
  return pairs;
}
