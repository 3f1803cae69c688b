/**
 * leads from a predicate or an adverb of leading (lead-rules.ts runs these beside its verbs and nouns):
 *   "Federführend bei X ist Hessen", "Federführend ist Hessen" (the item's project),
 *   "Hessen ist für X verantwortlich / zuständig",
 *   "Für die Einführung von X zeichnet Y verantwortlich",
 *   "Verantwortlich für das Projekt ist das Land Hessen" (the predicate first),
 *   "X, das federführend durch Y umgesetzt wird" (the agent hung on the adverb), "Y setzt X
 *   federführend um",
 *   "X liegt in der Verantwortung der FITKO"
 */
import type { Clause } from "./clause.js";
import { objectsOf, subjects as subjectsOf } from "./frames.js";
import { antecedentOf, lastProject, withCase } from "./participants.js";
import { targetsOf, WORK_ON, type Pair } from "./project-rules.js";

/** What a "federführend" Land leads: a topic or a project named as such. */
export const LED_TOPIC = /^(Themenfeld|Projekt|Vorhaben|Verfahren|Programm|Initiative|OZG-\w+)/;
/** The prepositions of what is led: "die Federführung für", "federführend bei", "im Themenfeld". */
export const TARGET_CASE = /^(für|bei|im|in|über)$/i;
/** The nouns of a lead one has: "hat die Federführung", "übernimmt die Projektleitung". */
export const LEAD_NOUN = /^(Federführung|Projektverantwortung|Projektleitung|Gesamtverantwortung)$/;

/** "Die Federführung liegt bei ...", "X liegt in der Verantwortung der FITKO". */
export const LIE = /^(liegt|liegen|lag|lagen)$/;

/** Predicates of leading: "Federführend bei X ist Hessen", "Hessen ist für X verantwortlich / zuständig". */
const LEAD_PREDICATE: [RegExp, number, string][] = [
  [/^federführend$/i, 0.8, "federführend-predicate"],
  [/^(verantwortlich|hauptverantwortlich|federführend)$/i, 0.75, "verantwortlich"],
  [/^zuständig$/i, 0.7, "zuständig"],
];

/** The item's project, as the target of a lead that names none (no law or strategy is led). */
function itemProject(clause: Clause) {
  const last = lastProject(clause.sentence);
  return last ? [last] : [];
}

/** "Federführend bei dem Projekt X ist das Land Hessen", "Hessen ist für das Projekt X zuständig". */
export function leadPredicates(clause: Clause) {
  const pairs: Pair[] = [];
  for (const token of clause.tokens) {
    const rule = LEAD_PREDICATE.find(([word]) => word.test(token.word));
    if (!rule || token.pos !== "ADJ" || clause.isNegated(token.index)) continue;
    // "ist federführend für X verantwortlich": the subject sits on the first adjective.
    const copula = clause.children(token.index, /^cop$/).length > 0 ? token.index : token.head;
    if (copula < 0 || clause.children(copula, /^cop$/).length === 0 || clause.isIntended(copula)) continue;
    const holders = clause.arguments(copula, /^nsubj$/);
    const topics = [token.index, copula, ...clause.children(token.index, /^xcomp$/).map((t) => t.index)]
      .flatMap((i) => clause.children(i, /^(obl|nmod)/))
      .filter((t) => clause.children(t.index, /^case$/).some((c) => TARGET_CASE.test(c.word)))
      .map((t) => t.index)
      .filter((i) => clause.hasName(i) || LED_TOPIC.test(clause.tokens[i]!.word));
    const actors = holders.map((i) => clause.actorAt(i)?.entity).filter((e) => e !== undefined);
    const named = targetsOf(clause, [...new Set(topics)], undefined);
    // "Federführend ist das Land Hessen": with nothing named it leads the item's project (no law or strategy).
    const unnamed =
      named.length === 0 &&
      rule[2] === "federführend-predicate" &&
      !hasTopicPhrase(clause, token.index, copula)
        ? itemProject(clause)
        : [];
    for (const actor of actors)
      for (const target of [...named, ...unnamed])
        pairs.push({ actor, target, confidence: rule[1] - (unnamed.length > 0 ? 0.1 : 0), rule: rule[2] });
  }
  return pairs;
}

/**
 * "Verantwortlich für das Projekt X ist die FITKO", "Zuständig für das Themenfeld Y sind A und B":
 * the predicate opens the sentence, its "für" phrase follows, then the copula and who leads. The
 * parser reads this order in many ways (the adjective as an attribute of the phrase or of the
 * name, the names as the copula's dependents), so the order of the words decides.
 */
export function frontedPredicates(clause: Clause) {
  const tokens = clause.tokens;
  const rule = LEAD_PREDICATE.find(([word]) => word.test(tokens[0]?.word ?? ""));
  if (!rule || tokens[0]!.pos !== "ADJ" || !/^(für|bei|beim)$/i.test(tokens[1]?.word ?? "")) return [];
  const copula = tokens.findIndex((t, i) => i > 1 && /^(ist|sind|war|waren)$/.test(t.word));
  if (copula < 0 || tokens.slice(0, copula).some((t) => /^(nicht|kein|keine)$/i.test(t.word))) return [];
  if (clause.isIntended(copula) || /^(nicht|kein|keine)$/i.test(tokens[copula + 1]?.word ?? "")) return [];
  const topic = tokens[1]!.head;
  if (topic < 0 || topic >= copula) return [];
  // A bare kind noun ("für das Projekt") is the item's project; a name is read as named (the
  // parser may hang it below the kind noun: "für das Projekt FIT-Connect").
  const below = clause.children(topic, /^(nmod|appos|flat)/).map((t) => t.index);
  const named =
    clause.projectAt(topic) !== undefined ||
    clause.hasName(topic) ||
    below.some((i) => tokens[i]!.pos === "PROPN" || clause.projectAt(i) !== undefined);
  const targets = named
    ? ([topic, ...below].map((i) => targetsOf(clause, [i], undefined)).find((found) => found.length > 0) ??
      [])
    : LED_TOPIC.test(tokens[topic]!.word) && below.length === 0
      ? itemProject(clause)
      : [];
  let first = copula + 1;
  while (tokens[first]?.pos === "DET") first += 1;
  const actors = tokens[first]
    ? [...new Set([first, ...clause.withConjuncts(first)])]
        .map((i) => clause.actorAt(i)?.entity)
        .filter((e) => e !== undefined)
    : [];
  return actors.flatMap((actor) =>
    targets.map((target): Pair => ({ actor, target, confidence: rule[1], rule: rule[2] })),
  );
}

/** Whether the predicate names what is led at all ("federführend bei der Umsetzung"). */
function hasTopicPhrase(clause: Clause, predicate: number, copula: number): boolean {
  return [predicate, copula].some((i) => withCase(clause, i, /^(obl|nmod)/, TARGET_CASE).length > 0);
}

/** "Für X zeichnet die IT-Dienstleisterin Y verantwortlich": the subject leads the "für" phrase. */
export function signsResponsible(clause: Clause) {
  const pairs: Pair[] = [];
  for (const token of clause.tokens) {
    // (The parser may read the adjective as a marker: "zeichnen Hessen und Bayern verantwortlich".)
    if (!/^verantwortlich$/i.test(token.word) || !/^(xcomp|advmod|obl|mark)$/.test(token.dep)) continue;
    const verb = token.head;
    if (!/^(zeichnet|zeichnen|zeichnete|zeichneten|gezeichnet)$/.test(clause.tokens[verb]?.word ?? ""))
      continue;
    if (clause.isNegated(verb) || clause.isIntended(verb)) continue;
    const topics = withCase(clause, verb, /^obl/, /^für$/i).filter(
      (i) =>
        clause.hasName(i) || LED_TOPIC.test(clause.tokens[i]!.word) || WORK_ON.test(clause.tokens[i]!.word),
    );
    // The verb has no object: one the parser finds is the subject's name ("die Dienstleisterin Dataport").
    const actors = [...subjectsOf(clause, verb, /^nsubj$/), ...clause.arguments(verb, /^obj$/)]
      .map((i) => clause.actorAt(i)?.entity)
      .filter((e) => e !== undefined);
    for (const actor of actors)
      for (const target of targetsOf(clause, topics, undefined))
        pairs.push({ actor, target, confidence: 0.75, rule: "verantwortlich-zeichnen" });
  }
  return pairs;
}

/**
 * "X, das federführend durch die Senatskanzlei Hamburg umgesetzt wird", "Das Themenfeld X wird
 * federführend von Mecklenburg-Vorpommern betreut": the passive's agent (which the parser may
 * hang on the adverb) leads what the verb's passive subject names; "Hamburg setzt das Projekt X
 * federführend um": in the active, the subject leads the object.
 */
export function leadingActors(clause: Clause) {
  const pairs: Pair[] = [];
  for (const token of clause.tokens) {
    if (!/^federführend$/i.test(token.word) || token.dep !== "advmod") continue;
    const verb = token.head;
    // ("setzt X nicht federführend um": the parser hangs the negation on the adverb.)
    if (verb < 0 || [verb, token.index].some((i) => clause.isNegated(i)) || clause.isIntended(verb)) continue;
    const passive = clause.isPassive(verb);
    const actors = (passive ? clause.agents(verb) : subjectsOf(clause, verb, /^nsubj$/))
      .map((i) => clause.actorAt(i)?.entity)
      .filter((e) => e !== undefined);
    const led = passive
      ? subjectsOf(clause, verb, /^nsubj:pass$/).map((i) => antecedentOf(clause, verb, i))
      : objectsOf(clause, verb);
    const rule = passive ? "federführend-agent" : "federführend-subject";
    for (const actor of actors)
      for (const target of targetsOf(clause, led, undefined))
        pairs.push({ actor, target, confidence: 0.8, rule });
  }
  return pairs;
}

/**
 * "Der Marktplatz für EfA-Leistungen liegt in der Verantwortung der FITKO": the one whose
 * responsibility (or remit) something lies in leads it.
 */
export function responsibilityHeld(clause: Clause) {
  const pairs: Pair[] = [];
  for (const token of clause.tokens) {
    if (
      !/^(Verantwortung|Zuständigkeit|Federführung)$/.test(token.word) ||
      !clause.hasCase(token.index, "in")
    )
      continue;
    // "X ist ein Produkt des IT-Planungsrats in Verantwortung der FITKO": the predicate the
    // phrase qualifies stands for its subject.
    const verb = LIE.test(clause.tokens[token.head]?.word ?? "")
      ? token.head
      : predicateAbove(clause, token.index);
    if (verb === undefined || clause.isNegated(verb) || clause.isIntended(verb)) continue;
    const actors = clause
      .children(token.index, /^nmod/)
      .filter((t) => clause.children(t.index, /^case$/).length === 0)
      .flatMap((t) => clause.withConjuncts(t.index))
      .map((i) => clause.actorAt(i)?.entity)
      .filter((e) => e !== undefined);
    const led = subjectsOf(clause, verb, /^nsubj$/).map((i) => antecedentOf(clause, verb, i));
    for (const actor of actors)
      for (const target of targetsOf(clause, led, undefined))
        pairs.push({ actor, target, confidence: 0.75, rule: "in-responsibility" });
  }
  return pairs;
}

/** The copula's predicate noun a phrase qualifies, through at most two nouns ("ein Produkt des IT-Planungsrats in ..."). */
function predicateAbove(clause: Clause, index: number): number | undefined {
  let at = index;
  for (let hops = 0; hops < 2; hops += 1) {
    const token = clause.tokens[at]!;
    if (token.dep !== "nmod" || token.head < 0) return undefined;
    at = token.head;
    if (clause.children(at, /^cop$/).length > 0 && clause.tokens[at]!.pos === "NOUN") return at;
  }
  return undefined;
}
