/**
 * leads from the dependency parse: a government or an organisation (never a person) leads a
 * project, read from verb rules and from lead nouns and adjectives.
 *   "verantwortet", "koordiniert", "leitet", "steuert" (a project), "durch X entwickelt/vorangetrieben",
 *   "hat / übernimmt die Leitung des Projekts X",
 *   "übernimmt das Themenfeld", "mit dem Themenfeld betraut", "die Federführung für Y",
 *   "unter Federführung des Bundes", "Dem Land obliegt die Federführung für Y",
 *   "fungiert als Koordinator eines ...",
 *   "als federführendes Land im Themenfeld ...", a fact sheet's label "Federführendes Bundesland X";
 * the predicates and adverbs of leading are read by lead-predicates.ts.
 * One leads the work on a law, never the law itself.
 */
import type { Fact } from "../../model/fact.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { Clause } from "./clause.js";
import { DEVELOP, DEVELOPED, developedBy, isGovernment } from "./developing.js";
import { findFrames, subjects as subjectsOf, type Frame, type VerbRule } from "./frames.js";
import { activeReading, swappedActive } from "./voice.js";
import {
  LEAD_NOUN,
  LED_TOPIC,
  frontedPredicates,
  leadPredicates,
  leadingActors,
  LIE,
  responsibilityHeld,
  signsResponsible,
  TARGET_CASE,
} from "./lead-predicates.js";
import { lastProject, withCase } from "./participants.js";
import { sharedLeads } from "./lead-shared.js";
import { factsOf, pairsOf, targetsOf, type Pair } from "./project-rules.js";

const LEAD_RULES: VerbRule[] = [
  {
    name: "verantworten",
    verb: /^(verantwortet|verantworten|verantwortete|verantworteten)$/,
    confidence: 0.85,
  },
  { name: "koordinieren", verb: /^(koordiniert|koordinieren|koordinierte|koordinierten)$/, confidence: 0.85 },
  { name: "leiten", verb: /^(leitet|leiten|leitete|leiteten|geleitet)$/, confidence: 0.85 },
  // "Die Stadt Ulm steuert das Projekt X" (not "steuert ... bei": a contribution).
  { name: "steuern", verb: /^(steuert|steuern|steuerte|steuerten|gesteuert)$/, confidence: 0.8 },
  DEVELOP,
  { name: "betrauen", verb: /^betraut$/, confidence: 0.85 },
  { name: "vorantreiben", verb: /^vorangetrieben\w*$/, confidence: 0.85 },
  // "Das Projekt X wird durch das Ministerium umgesetzt": only a passive's agent, for review.
  { name: "umsetzen", verb: /^(umgesetzt|realisiert)$/, confidence: 0.75 },
  { name: "übernehmen", verb: /^(übernimmt|übernehmen|übernahm|übernahmen|übernommen)$/, confidence: 0.85 },
];
/** Rules that lead only what their noun names as led ("leitet das Projekt", not "leitet die Abteilung"). */
const NAMED_ONLY: Record<string, RegExp> = {
  leiten: /(projekt|vorhaben|verfahren|programm|initiative)$/i,
  steuern: /(projekt|vorhaben|programm|initiative)$/i,
  // ("hat die Aufgabe, die Entwicklung und den Betrieb von IT-Standards zu koordinieren": no project.)
  koordinieren: /(projekt|vorhaben|verfahren|programm|initiative)$/i,
  entwickeln: DEVELOPED,
  umsetzen: /(projekt|vorhaben|verfahren|programm|initiative)$/i,
  übernehmen: /^Themenfeld/,
  betrauen: /^Themenfeld/,
};
/** Rules that also lead a project the text names ("leitet die Plattform „X“", "X, das von Hessen geleitet wird"). */
const LEADS_NAMED: ReadonlySet<string> = new Set(["leiten", "steuern", "koordinieren", "umsetzen"]);
/** "fungiert als zentraler Koordinator eines ...", "ist Themenfeldführer für ...": the subject leads the attribute. */
const LEADER_NOUN =
  /^(Koordinator(in)?|Themenfeldführer(in)?|(Themenfeld)?[Ff]ederführer(in)?|Projektleiter(in)?)$/;
/** The verbs of having or taking a lead: "hat die Federführung", "übernimmt die Projektleitung". */
const HAVE_OR_TAKE =
  /^(hat|haben|hatte|hatten|übernimmt|übernehmen|übernahm|übernahmen|übernommen|innehat|trägt|tragen)$/;
/** A lead that falls to someone: "Dem Land obliegt die Federführung". */
const OBLIGE = /^(obliegt|obliegen|oblag|oblagen)$/;
/** The prepositions that name a lead noun's topic wherever the parser hangs it. */
const VERB_TARGET_CASE = /^(für|bei)$/i;

/** Who holds a lead noun through its verb: the "bei" phrase where it "liegt bei", else the verb's subject. */
function verbHolders(clause: Clause, verb: number, lies: boolean, noun: number): number[] {
  if (verb < 0) return [];
  if (lies) return withCase(clause, verb, /^obl/, /^(bei|beim)$/i).flatMap((i) => clause.withConjuncts(i));
  // "Dem Land Hessen obliegt die Federführung für X": the holder is the dative.
  if (OBLIGE.test(clause.tokens[verb]!.word) && clause.tokens[noun]!.dep === "nsubj")
    return clause
      .children(verb, /^(obl:arg|iobj|obj)$/)
      .filter((t) => clause.children(t.index, /^case$/).length === 0)
      .flatMap((t) => clause.withConjuncts(t.index));
  // (the parser may hang the subject on the auxiliary: "Das Land hat die Federführung ... übernommen")
  const subjects = subjectsOf(clause, verb, /^nsubj$/).filter((i) => i !== noun);
  // "Die Federführung für X hat das Land Hessen": the fronted noun read as the subject, the holder as the object.
  if (
    subjects.length === 0 &&
    clause.tokens[noun]!.dep === "nsubj" &&
    HAVE_OR_TAKE.test(clause.tokens[verb]!.word)
  )
    return clause.arguments(verb, /^obj$/).filter((i) => clause.actorAt(i) !== undefined);
  return subjects;
}

/** "die Federführung für Y übernommen", "unter Federführung des Bundes": the lead noun's owner and topic. */
function leadNouns(clause: Clause) {
  const pairs: Pair[] = [];
  for (const token of clause.tokens) {
    // ("hat die Federführung": the parser may take the noun for a passive subject.)
    const verb = /^(obj|nsubj|nsubj:pass)$/.test(token.dep) ? token.head : -1;
    // "Die Federführung liegt beim Land Hessen": the lead noun is the subject, its holder the "bei" phrase.
    const lies = verb >= 0 && token.dep === "nsubj" && LIE.test(clause.tokens[verb]!.word);
    // "Verantwortung" leads only where it lies with someone ("Für X lag die Verantwortung bei Y").
    if (!LEAD_NOUN.test(token.word) && !(lies && /^Verantwortung$/.test(token.word))) continue;
    // ("Die Federführung hat nicht Hessen", "liegt nicht beim Land")
    if (verb >= 0 && clause.isNegated(verb)) continue;
    const owners = clause
      .children(token.index, /^nmod/)
      .filter((t) => !clause.children(t.index, /^case$/).some((c) => TARGET_CASE.test(c.word)))
      .flatMap((t) => clause.withConjuncts(t.index));
    const holders = owners.length > 0 ? owners : verbHolders(clause, verb, lies, token.index);
    // The topic hangs on the noun or on its verb: "die Federführung für das Themenfeld ... übernommen".
    // On the verb, an "in" phrase is a topic only where it names one ("im Themenfeld X"), not a
    // time or a setting ("im Sommer", "im bundesweiten Kontext").
    // ("Hamburg hat die Federführung für X inne": the parser may make "inne" the head, X its nmod.)
    const onVerb = (verb >= 0 ? clause.children(verb, /^(obl|nmod)/) : []).filter(
      (t) =>
        clause.children(t.index, /^case$/).some((c) => VERB_TARGET_CASE.test(c.word)) ||
        clause.hasName(t.index) ||
        LED_TOPIC.test(t.word),
    );
    const topics = [...clause.children(token.index, /^nmod/), ...onVerb].filter((t) =>
      clause.children(t.index, /^case$/).some((c) => TARGET_CASE.test(c.word)),
    );
    const actors = holders.map((i) => clause.actorAt(i)?.entity).filter((e) => e !== undefined);
    const named = targetsOf(
      clause,
      topics.map((t) => t.index),
      undefined,
    );
    // ... and, named in no phrase, what it leads is the project the item named last.
    const context = lies && named.length === 0 ? lastProject(clause.sentence) : undefined;
    const targets = context ? [context] : named;
    for (const actor of actors)
      for (const target of targets) pairs.push({ actor, target, confidence: 0.85, rule: "lead-noun" });
  }
  return pairs;
}

/** The nouns of leading a named project: "die Leitung des Projekts X", "die Koordinierung des Projekts X". */
const PROJECT_LEADERSHIP =
  /^(Leitung|Gesamtleitung|Koordinierung|Koordination|Gesamtkoordination|Gesamtkoordinierung)$/;

/**
 * "Die Leitung des Projekts X hat die Stadt Ulm übernommen", "Ulm hat die Leitung des Projekts X",
 * "Die FITKO übernimmt die Koordinierung des Projekts X":
 * the leadership of a named project, held or taken, leads it (the leadership of a unit or an
 * agency is an office, office-lead.ts).
 */
function projectLeadership(clause: Clause) {
  const pairs: Pair[] = [];
  for (const token of clause.tokens) {
    if (!PROJECT_LEADERSHIP.test(token.word) || !/^(obj|nsubj|nsubj:pass)$/.test(token.dep)) continue;
    const verb = token.head;
    if (
      !HAVE_OR_TAKE.test(clause.tokens[verb]?.word ?? "") ||
      clause.isNegated(verb) ||
      clause.isIntended(verb)
    )
      continue;
    const project = clause
      .children(token.index, /^nmod/)
      .filter((t) => clause.children(t.index, /^case$/).length === 0)
      .map((t) => clause.projectAt(t.index))
      .find((p) => p !== undefined);
    if (!project) continue;
    for (const actor of verbHolders(clause, verb, false, token.index)
      .map((i) => clause.actorAt(i)?.entity)
      .filter((e) => e !== undefined))
      pairs.push({
        actor,
        target: { entity: project, known: true },
        confidence: 0.8,
        rule: "project-leadership",
      });
  }
  return pairs;
}

/** Nouns of leading that lead only as "unter der Leitung von X" (else "die Leitung des Referats"). */
const UNDER_NOUN =
  /^(Leitung|Federführung|Führung|Regie|Koordinierung|Koordination|Gesamtleitung|Projektleitung|Verantwortung|Gesamtverantwortung)$/;

/**
 * "Das Projekt X wird unter (der) Federführung / Leitung von Hessen umgesetzt", "X steht unter
 * der Leitung des Landes Hessen", "Unter Führung von Bayern entsteht X": the noun's owner leads
 * what the verb's subject or object names.
 */
function underLead(clause: Clause) {
  const pairs: Pair[] = [];
  for (const token of clause.tokens) {
    if (!UNDER_NOUN.test(token.word) || !/^obl/.test(token.dep)) continue;
    if (!clause.children(token.index, /^case$/).some((c) => /^unter$/i.test(c.word))) continue;
    const verb = token.head;
    if (clause.isNegated(verb)) continue;
    // ("Unter Federführung Hessens": the parser may set the genitive in apposition.)
    const owners = clause
      .children(token.index, /^(nmod|appos)/)
      .filter((t) => !clause.children(t.index, /^case$/).some((c) => TARGET_CASE.test(c.word)))
      .flatMap((t) => clause.withConjuncts(t.index));
    const actors = owners.map((i) => clause.actorAt(i)?.entity).filter((e) => e !== undefined);
    // What is led is named: "das Projekt X", not "die Länder" who carry it out.
    const led = clause
      .arguments(verb, /^(nsubj|nsubj:pass|obj)$/)
      .filter((i) => !clause.actorAt(i) && (clause.hasName(i) || LED_TOPIC.test(clause.tokens[i]!.word)));
    for (const actor of actors)
      for (const target of targetsOf(clause, led, undefined))
        pairs.push({ actor, target, confidence: 0.75, rule: "under-lead" });
  }
  return pairs;
}

/** The verbs whose "gemeinsam mit" partner leads too. */
const SHARED_LEAD = /^(verantworten|koordinieren|leiten)$/;

/** "Hessen verantwortet gemeinsam mit Bayern das Themenfeld X": the partner leads too. */
function coLeaders(clause: Clause, frame: Frame): Frame {
  if (frame.passive || !SHARED_LEAD.test(frame.rule.name)) return frame;
  const partners = clause.togetherPartners(frame.verb);
  return partners.length > 0 ? { ...frame, actors: [...frame.actors, ...partners] } : frame;
}

/** "ist mit dem Themenfeld X betraut": the one entrusted (subject) leads the "mit" phrase. */
function entrusted(clause: Clause, frame: Frame): Frame {
  const objects = clause
    .children(frame.verb, /^obl/)
    .filter((t) => clause.hasCase(t.index, "mit"))
    .map((t) => t.index);
  const actors = clause.arguments(frame.verb, /^nsubj/).filter((i) => clause.actorAt(i) !== undefined);
  return { ...frame, passive: true, actors, objects };
}

function leaderNouns(clause: Clause) {
  const pairs: Pair[] = [];
  for (const token of clause.tokens) {
    if (!LEADER_NOUN.test(token.word)) continue;
    // "Hessen ist Themenfeldführer für ...": the noun may be the parse's root; "Themenfeldführer
    // für ... ist das Land Bremen": the noun the subject, the holder the copula's predicate.
    const head = token.head >= 0 ? clause.tokens[token.head] : undefined;
    const inverted =
      token.dep === "nsubj" && head !== undefined && clause.children(head.index, /^cop$/).length > 0
        ? head.index
        : undefined;
    const above = head && inverted === undefined ? clause.arguments(head.index, /^nsubj$/)[0] : undefined;
    const holder = inverted ?? above ?? clause.arguments(token.index, /^nsubj$/)[0];
    if (clause.isNegated(inverted ?? token.index)) continue;
    const actor = holder === undefined ? undefined : clause.actorAt(holder)?.entity;
    const topics = clause.children(token.index, /^nmod/).map((t) => t.index);
    if (actor)
      for (const target of targetsOf(clause, topics, undefined))
        pairs.push({ actor, target, confidence: 0.85, rule: "leader-noun" });
  }
  return pairs;
}

/** "als federführendes Bundesland im Themenfeld ...": the subject leads what the role noun or its verb names. */
function leadingAdjectives(clause: Clause) {
  const pairs: Pair[] = [];
  for (const token of clause.tokens) {
    if (!/^federführend/i.test(token.word) || token.dep !== "amod") continue;
    // From the role noun up to its verb ("als" may sit between them), collecting what they name.
    const path = [token.head];
    while (path.length < 4 && !/^(VERB|AUX)$/.test(clause.tokens[path.at(-1)!]!.pos)) {
      const up = clause.tokens[path.at(-1)!]!.head;
      if (up < 0) break;
      path.push(up);
    }
    const verb = path.at(-1)!;
    const subject = clause.arguments(verb, /^nsubj$/)[0];
    const holder =
      clause.actorAt(token.head)?.entity ??
      (subject === undefined ? undefined : clause.actorAt(subject)?.entity);
    const topics = path
      .flatMap((node) => clause.children(node, /^(nmod|obl)/))
      .filter((t) => !path.includes(t.index))
      .filter((t) => clause.children(t.index, /^case$/).some((c) => TARGET_CASE.test(c.word)))
      .map((t) => t.index);
    if (holder)
      for (const target of targetsOf(clause, topics, LED_TOPIC))
        pairs.push({ actor: holder, target, confidence: 0.8, rule: "federführend" });
    // "X hat Y als federführendes Land auf den Weg gebracht": acting as lead Land, X leads what its verb acts on, if named.
    const objects = clause.arguments(verb, /^obj$/).filter((i) => clause.hasName(i));
    const asRole = clause.children(token.head, /^case$/).some((c) => /^als$/i.test(c.word));
    if (holder && asRole && /^(VERB|AUX)$/.test(clause.tokens[verb]!.pos) && !clause.isIntended(verb))
      for (const target of targetsOf(clause, objects, undefined))
        pairs.push({ actor: holder, target, confidence: 0.75, rule: "federführend-object" });
  }
  return pairs;
}

/** Words that end a fact sheet's lead label: the next label or the partner list. */
const LABEL_END = /^(Federführend\w*|Projektpartner|Partner|Weitere)$/;
const LABEL_ROLE = /^(Bundesland|Land|Bundesressort|Ressort)$/;

/**
 * "Federführendes Bundesland Hamburg", "Federführendes Bundesressort ... (BMWK)": a label of a
 * project's fact sheet, a role noun with its names and no verb around. The governments and
 * organisations it names lead the article's project.
 */
function leadLabels(clause: Clause): Pair[] {
  const project = clause.sentence.context.lastProject;
  if (!project || project.kind === "law") return [];
  const pairs: Pair[] = [];
  const named = (index: number) =>
    clause.children(index, /^(flat|appos|nmod|conj)/).filter((t) => !LABEL_END.test(t.word));
  for (const token of clause.tokens) {
    if (!/^Federführend(e|er|es)?$/.test(token.word)) continue;
    // "Federführendes Bundesland Hessen": the names in apposition to the role noun; a label glued
    // to its value ("BundeslandHessen") leaves the adjective as the head of the names.
    const role = clause.tokens[token.head];
    let level =
      token.dep !== "amod"
        ? named(token.index)
        : role && LABEL_ROLE.test(role.word) && !/^(VERB|AUX)$/.test(clause.tokens[role.head]?.pos ?? "")
          ? clause.children(role.index, /^(appos|flat)/)
          : [];
    for (let depth = 0; depth < 3 && level.length > 0; depth += 1) {
      for (const t of level) {
        const actor = clause.actorAt(t.index);
        if (actor && /^(State|Federation|Organization)$/.test(actor.entity.type))
          pairs.push({
            actor: actor.entity,
            target: { entity: project, known: true },
            confidence: 0.7,
            rule: "lead-label",
          });
      }
      level = level.flatMap((t) => named(t.index));
    }
  }
  return pairs;
}

export function leadRules(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const clause = new Clause(sentence);
  const frames = findFrames(clause, LEAD_RULES)
    // "soll das Projekt leiten": a duty or an intention is no lead yet.
    .filter((frame) => !clause.isIntended(frame.verb))
    .map((frame) => (frame.rule.name === "betrauen" ? entrusted(clause, frame) : frame))
    .map((frame) => coLeaders(clause, frame))
    // "Das Land Hessen hat die App X koordiniert" read as a passive without its auxiliary.
    .map((frame) =>
      frame.rule.name === "entwickeln" ? frame : activeReading(clause, frame, clause.hasActor),
    )
    // "Mecklenburg-Vorpommern hat das Themenfeld ... übernommen" read with the Themenfeld as subject.
    .map((frame) => swappedActive(frame, clause.hasActor))
    // A Land or the Bund that develops a service leads it; other developers may only build it.
    .map((frame) =>
      frame.rule.name === "entwickeln" ? developedBy(clause, frame, (i) => isGovernment(clause, i)) : frame,
    )
    .filter(
      // Driving forward or carrying out is leading only where the agent of a passive names who does it.
      (frame) =>
        !/^(vorantreiben|umsetzen)$/.test(frame.rule.name) || (frame.passive && frame.actors.length > 0),
    );
  const pairs = [
    ...pairsOf(clause, frames, { mustBeNamed: NAMED_ONLY, orNamed: LEADS_NAMED }),
    ...leadNouns(clause),
    ...projectLeadership(clause),
    ...leaderNouns(clause),
    ...leadingAdjectives(clause),
    ...leadLabels(clause),
    ...underLead(clause),
    ...leadPredicates(clause),
    ...frontedPredicates(clause),
    ...signsResponsible(clause),
    ...leadingActors(clause),
    ...responsibilityHeld(clause),
    ...sharedLeads(clause),
  ];
  // One leads the work on a law, never the law itself.
  return factsOf(
    "leads",
    pairs.filter(({ target }) => target.entity.kind !== "law"),
    sentence,
    analyzed,
  );
}
