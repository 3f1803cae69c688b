/**
 * launches and leads from the dependency parse, as small declarative verb rules. Active voice
 * reads the subject as the actor and the object as the project; passive voice the agent ("von",
 * "durch") and the passive subject. Coordinated actors are split, a negated verb states nothing.
 * A project the gazetteer does not know becomes a new Project named by its noun phrase.
 *   launches  "startet", "stellt ... vor", "präsentiert", "gründet", "führt ... ein", "ins Leben gerufen"
 *   leads     "verantwortet", "koordiniert", "leitet" (a project), "durch X entwickelt",
 *             "die Federführung für Y übernommen", "unter Federführung des Bundes"
 */
import type { Fact } from "../../model/fact.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { chooseTime, makeFact } from "./build.js";
import { Clause, deniesDeed, findFrames, subjects, type Frame, type VerbRule } from "./clause.js";

/** What is "umgesetzt" and thereby launched is a service, not a law or a plan. */
const IMPLEMENTED = /(akte|plattform|portal|verfahren|antrag|dienst|app|anwendung|assistent|lösung|system)$/i;
/** What is set up by "einsetzen" is a body, never a tool ("setzt eine Software ein" is usage). */
const SET_UP_BODY = /(rat|kommission|gremium|beirat|ausschuss|arbeitsgruppe|stab|taskforce)$/i;
/** What is "verfasst" and thereby launched is a document of policy. */
const DOCUMENT = /(plan|strategie|bericht|gutachten|papier|konzept|leitfaden|studie|agenda)$/i;

interface LaunchRule extends VerbRule {
  /** The object's head word must name this kind of thing. */
  object?: RegExp;
  /** The launched thing is the "auf" phrase: "stellt auf die E-Akte um". */
  onto?: boolean;
  /**
   * The object must carry a name (a known project, a proper noun or a quoted name): what is
   * "gestartet" is often no project at all ("eine Umfrage", "eine Betaversion seines Portals").
   */
  named?: boolean;
}

const LAUNCH_RULES: LaunchRule[] = [
  {
    name: "starten",
    verb: /^(startet|starten|startete|starteten|gestartet(?:e|en|er|es|em)?)$/,
    named: true,
    confidence: 0.9,
  },
  { name: "vorstellen", verb: /^(stellt|stellen|stellte|stellten)$/, particle: /^vor$/, confidence: 0.9 },
  { name: "vorgestellt", verb: /^(vorgestellt(?:e|en|er|es|em)?|vorstellen)$/, confidence: 0.9 },
  { name: "vorlegen", verb: /^(legt|legen|legte|legten)$/, particle: /^vor$/, confidence: 0.85 },
  { name: "vorgelegt", verb: /^(vorgelegt(?:e|en|er|es|em)?|vorlegen)$/, confidence: 0.85 },
  { name: "präsentieren", verb: /^präsentier(t|en|te|ten)$/, confidence: 0.9 },
  {
    name: "gründen",
    verb: /^(gründet|gründen|gründete|gründeten|gegründet(?:e|en|er|es|em)?)$/,
    confidence: 0.9,
  },
  { name: "einführen", verb: /^(führt|führen|führte|führten)$/, particle: /^ein$/, confidence: 0.85 },
  { name: "eingeführt", verb: /^(eingeführt(?:e|en|er|es|em)?|einführen)$/, confidence: 0.85 },
  { name: "ins Leben rufen", verb: /^(ruft|rufen|rief|riefen|gerufen)$/, needs: /^Leben$/, confidence: 0.9 },
  { name: "freischalten", verb: /^(freigeschaltet|freischalten)$/, confidence: 0.85 },
  {
    name: "einsetzen",
    verb: /^(setzt|setzen|setzte|setzten)$/,
    particle: /^ein$/,
    object: SET_UP_BODY,
    confidence: 0.85,
  },
  { name: "eingesetzt", verb: /^(eingesetzt|einsetzen)$/, object: SET_UP_BODY, confidence: 0.85 },
  {
    name: "umsetzen",
    verb: /^(setzt|setzen|setzte|setzten)$/,
    particle: /^um$/,
    object: IMPLEMENTED,
    confidence: 0.8,
  },
  { name: "umgesetzt", verb: /^(umgesetzt|umsetzen)$/, object: IMPLEMENTED, confidence: 0.8 },
  { name: "verfassen", verb: /^(verfasst|verfasste|verfassten)$/, object: DOCUMENT, confidence: 0.8 },
  { name: "umstellen", verb: /^(umgestellt|umstellen)$/, onto: true, object: IMPLEMENTED, confidence: 0.8 },
];
/** Nouns that are launched in a looser sense: a cabinet, figures, a team. */
const NOT_LAUNCHED =
  /^(Kabinett|Team|Mannschaft|Regierung|Zahlen|Ergebnisse|Bilanz|Pläne|Plan|Ideen|Vorschläge)$/;

const LEAD_RULES: VerbRule[] = [
  {
    name: "verantworten",
    verb: /^(verantwortet|verantworten|verantwortete|verantworteten)$/,
    confidence: 0.85,
  },
  { name: "koordinieren", verb: /^(koordiniert|koordinieren|koordinierte|koordinierten)$/, confidence: 0.85 },
  { name: "leiten", verb: /^(leitet|leiten|leitete|leiteten|geleitet)$/, confidence: 0.85 },
  { name: "entwickeln", verb: /^(entwickelt(?:e|en|er|es|em)?|entwickeln)$/, confidence: 0.8 },
  { name: "betrauen", verb: /^betraut$/, confidence: 0.85 },
  { name: "vorantreiben", verb: /^vorangetrieben\w*$/, confidence: 0.85 },
  { name: "übernehmen", verb: /^(übernimmt|übernehmen|übernahm|übernahmen|übernommen)$/, confidence: 0.85 },
];
/** Rules that lead only what their noun names as led ("leitet das Projekt", not "leitet die Abteilung"). */
const NAMED_ONLY: Record<string, RegExp> = {
  leiten: /(projekt|vorhaben|verfahren|programm|initiative)$/i,
  entwickeln: /(verfahren|plattform|portal|lösung|antrag|dienst|app|anwendung|akte)$/i,
  übernehmen: /^Themenfeld/,
  betrauen: /^Themenfeld/,
};
/** "fungiert als zentraler Koordinator eines ...", "ist Themenfeldführer für ...": the subject leads the attribute. */
/** "die eGovernment-Projekte": a class of things, no one project. */
const GENERIC_PLURAL = /(projekte|vorhaben|leistungen|aktivitäten|maßnahmen|dienste|lösungen|angebote)$/i;
const LED_TOPIC = /^(Themenfeld|Projekt|Vorhaben|Verfahren|Programm|Initiative|OZG-\w+)/;
const LEADER_NOUN = /^(Koordinator(in)?|Themenfeldführer(in)?|Federführer(in)?|Projektleiter(in)?)$/;
const LEAD_NOUN = /^(Federführung|Projektverantwortung|Projektleitung|Gesamtverantwortung)$/;
const TARGET_CASE = /^(für|bei|im|in|über)$/i;

interface Pair {
  actor: KnownEntity;
  target: Target;
  confidence: number;
  /** The rule's name, for measuring each rule's precision. */
  rule: string;
}

interface Target {
  entity: KnownEntity;
  known: boolean;
}

/** The actors of a frame, or none when one of its subjects is not an actor (a project that "startet"). */
function actorsOf(clause: Clause, frame: Frame): KnownEntity[] {
  const found = frame.actors.map((i) => clause.actorAt(i));
  if (found.length === 0 || found.some((m) => m === undefined)) return [];
  return found.map((m) => m!.entity);
}

function targetsOf(clause: Clause, objects: number[], mustBeNamed: RegExp | undefined): Target[] {
  const targets: Target[] = [];
  for (const index of objects) {
    if (mustBeNamed && !mustBeNamed.test(clause.tokens[index]!.word)) continue;
    const actor = clause.actorAt(index);
    if (actor?.entity.type === "Organization" && actor.entity.kind === "body") {
      targets.push({ entity: actor.entity, known: true });
      continue;
    }
    const project = clause.projectFor(index);
    if (!project) continue;
    targets.push(project);
  }
  return targets;
}

function factsOf(
  type: "launches" | "leads",
  pairs: Pair[],
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): Fact[] {
  return (
    pairs
      .filter(({ actor, target }) => actor.id !== target.entity.id)
      // A leader is a government or an organisation (DESIGN), never a person.
      .filter(({ actor }) => type !== "leads" || actor.type !== "Person")
      .filter(({ target }) => target.known || !GENERIC_PLURAL.test(target.entity.name))
      .map(({ actor, target, confidence, rule }) =>
        makeFact(
          {
            type,
            subject: actor,
            object: target.entity,
            confidence: target.known ? confidence : confidence - 0.05,
            rule: `${type}:${rule}`,
            ...(type === "launches" ? { text: target.entity.name } : {}),
          },
          sentence,
          analyzed.item,
          type === "launches" ? chooseTime(sentence, false) : undefined,
          type === "launches",
        ),
      )
  );
}

function pairsOf(clause: Clause, frames: Frame[], mustBeNamed: Record<string, RegExp> = {}) {
  return frames.flatMap((frame) => {
    const actors = actorsOf(clause, frame);
    const targets = targetsOf(clause, frame.objects, mustBeNamed[frame.rule.name]);
    return actors.flatMap((actor) =>
      targets.map((target) => ({ actor, target, confidence: frame.rule.confidence, rule: frame.rule.name })),
    );
  });
}

export function launchRules(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const clause = new Clause(sentence);
  const frames = findFrames(clause, LAUNCH_RULES)
    .filter((frame) => !clause.isIntended(frame.verb))
    .map((frame) => {
      const rule = frame.rule as LaunchRule;
      const objects = rule.onto
        ? clause
            .children(frame.verb, /^obl/)
            .filter((t) => clause.children(t.index, /^case$/).some((c) => c.word === "auf"))
            .map((t) => t.index)
        : frame.objects;
      return {
        ...frame,
        // An "umgestellt" has its user as the subject, never a passive.
        actors: rule.onto ? subjects(clause, frame.verb, /^nsubj$/) : frame.actors,
        objects: objects.filter((i) => {
          const word = clause.tokens[i]!.word;
          if (NOT_LAUNCHED.test(word)) return false;
          if (rule.named && !clause.hasName(i)) return false;
          if (!rule.object) return true;
          const body = clause.actorAt(i)?.entity;
          return (rule.object === SET_UP_BODY && body?.kind === "body") || rule.object.test(word);
        }),
      };
    });
  return factsOf("launches", pairsOf(clause, frames), sentence, analyzed);
}

/** "die Federführung für Y übernommen", "unter Federführung des Bundes": the lead noun's owner and topic. */
function leadNouns(clause: Clause) {
  const pairs: Pair[] = [];
  for (const token of clause.tokens) {
    if (!LEAD_NOUN.test(token.word)) continue;
    const owners = clause
      .children(token.index, /^nmod/)
      .filter((t) => !clause.children(t.index, /^case$/).some((c) => TARGET_CASE.test(c.word)))
      .flatMap((t) => clause.withConjuncts(t.index));
    const verb = /^(obj|nsubj)$/.test(token.dep) ? token.head : -1;
    const holders = owners.length > 0 ? owners : verb >= 0 ? clause.arguments(verb, /^nsubj$/) : [];
    // The topic hangs on the noun or on its verb: "die Federführung für das Themenfeld ... übernommen".
    const topics = [
      ...clause.children(token.index, /^nmod/),
      ...(verb >= 0 ? clause.children(verb, /^obl/) : []),
    ].filter((t) => clause.children(t.index, /^case$/).some((c) => TARGET_CASE.test(c.word)));
    const actors = holders.map((i) => clause.actorAt(i)?.entity).filter((e) => e !== undefined);
    const targets = targetsOf(
      clause,
      topics.map((t) => t.index),
      undefined,
    );
    for (const actor of actors)
      for (const target of targets) pairs.push({ actor, target, confidence: 0.85, rule: "lead-noun" });
  }
  return pairs;
}

/** "ist mit dem Themenfeld X betraut": the one entrusted (subject) leads the "mit" phrase. */
function entrusted(clause: Clause, frame: Frame): Frame {
  const objects = clause
    .children(frame.verb, /^obl/)
    .filter((t) => clause.children(t.index, /^case$/).some((c) => c.word === "mit"))
    .map((t) => t.index);
  const actors = clause.arguments(frame.verb, /^nsubj/).filter((i) => clause.actorAt(i) !== undefined);
  return { ...frame, passive: true, actors, objects };
}

function leaderNouns(clause: Clause) {
  const pairs: Pair[] = [];
  for (const token of clause.tokens) {
    if (!LEADER_NOUN.test(token.word) || token.head < 0) continue;
    const holder = clause.arguments(token.head, /^nsubj$/)[0] ?? clause.arguments(token.index, /^nsubj$/)[0];
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
  }
  return pairs;
}

export function leadRules(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const clause = new Clause(sentence);
  const frames = findFrames(clause, LEAD_RULES)
    .map((frame) => (frame.rule.name === "betrauen" ? entrusted(clause, frame) : frame))
    .filter(
      // Developing and driving forward are leading only where the agent of a passive names who does it.
      (frame) => !/^(entwickeln|vorantreiben)$/.test(frame.rule.name) || frame.passive,
    );
  const pairs = [
    ...pairsOf(clause, frames, NAMED_ONLY),
    ...leadNouns(clause),
    ...leaderNouns(clause),
    ...leadingAdjectives(clause),
  ];
  // One leads the work on a law, never the law itself.
  return factsOf(
    "leads",
    pairs.filter(({ target }) => target.entity.kind !== "law"),
    sentence,
    analyzed,
  );
}

/** "startet ... nicht", "soll ... vorlegen": no launch, whatever the word rules would read. */
export function deniesLaunch(sentence: AnalyzedSentence): boolean {
  return deniesDeed(new Clause(sentence), LAUNCH_RULES);
}
