/**
 * participatesIn from trials and selections: who tests, pilots or rolls out a project, and who
 * is chosen for a programme (participation-rules.ts runs these beside its own shapes).
 *   trial-copula  "Greifswald und der Landkreis Rostock sind noch im Testbetrieb"
 *   trial-verb    "Der Landkreis X erprobt den Echtbetrieb", "Köln testet das Verfahren", "In
 *                 Friedrichshafen wird der Service getestet", "A und B erproben im Projekt X neue
 *                 Dienste"
 *   trial-in      "Im Landkreis Traunstein läuft ein Pilotversuch", "Das Pilotmodell startet in
 *                 Sachsen und Berlin", "In Hessen und Bayern läuft der Rollout"
 *   selected      "A und B wurden als Modellkommunen ausgewählt", "Die Jury hat A und B als
 *                 Modellkommunen ausgewählt", "Als Modellprojekte X wurden
 *                 ausgewählt: A, B, C", "Ausgewählt wurden A, B und C" (the item's programme),
 *                 "hat folgende Städte als Modellkommunen bestimmt: A, B und C",
 *                 "A wurde als Smarte.Land.Region ausgezeichnet", "hat den Landkreis A für das
 *                 Projekt „X“ ausgewählt" (a named project, no role)
 *   wins          "In der Kategorie Landkreise konnte der Landkreis X siegen", "Köln gewinnt den
 *                 Wettbewerb „Digitale Stadt“"
 *   awarded       "Fulda und Kassel haben den Zuschlag für das Projekt X erhalten"
 * What is tested is the project the sentence names, else the one the item named last; a negated
 * or merely planned trial states nothing. All for review.
 */
import { slugify } from "../../model/ids.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { isActor } from "./build.js";
import type { Clause } from "./clause.js";
import { objectsOf, subjects, verbForm } from "./frames.js";
import {
  isDenied,
  lastProject,
  NOT_TAKEN_PART_IN,
  participantsAt,
  projectOf,
  type Participant,
  type Participation,
} from "./participants.js";

/** Nouns of a trial or a rollout. */
const TRIAL =
  /^(Testbetrieb|Pilotbetrieb|Echtbetrieb|Probebetrieb|Pilotphase|Testphase|Erprobung|Erprobungsphase|Pilotversuch|Pilotierung|Rollout|Roll-out|Pilotprojekt|Pilotmodell|Modellversuch|Modellprojekt|Tests|Testläufe|Praxistest|Praxistests|Feldtest|Feldtests)$/;
/** Verbs of testing something. */
const TEST_VERB =
  /^(erprobt|erproben|erprobte|erprobten|testet|getestet|testen|testete|testeten|pilotiert|pilotieren|pilotierte|pilotierten)$/;
/** Verbs of a trial going on somewhere: "läuft", "startet". */
const RUN_VERB = /^(läuft|laufen|lief|liefen|startet|starten|startete|starteten|gestartet)$/;
const SELECTED = /^(ausgewählt|ausgesucht|auserwählt|ausgezeichnet|prämiert)$/;
/** Verbs that select only with the role named: "hat folgende Städte als Modellkommunen bestimmt". */
const NAMED_AS = /^(bestimmt|benannt)$/;
/** A programme or law the phrase names: no one takes part in it, nor in the project named before. */
function namesUnparticipated(clause: Clause, index: number): boolean {
  return NOT_TAKEN_PART_IN.test(clause.projectAt(index)?.kind ?? "");
}

/** What one is selected as: a role in a programme, or the programme's projects. */
const SELECTED_AS =
  /^(Pilot|Modell)|(kommune|kommunen|region|regionen|projekt|projekte|standort|standorte)$/i;

/** The project a trial is of: named below the trial noun ("Testbetrieb der E-Akte"), else the item's last. */
function trialTarget(
  clause: Clause,
  nouns: number[],
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): Participant | undefined {
  for (const noun of nouns) {
    const own = projectOf(clause, noun, sentence, analyzed);
    if (own && clause.hasName(noun)) return own;
    for (const child of clause.children(noun, /^nmod/)) {
      const named = projectOf(clause, child.index, sentence, analyzed);
      if (named) return named;
      // "als Modellregion für das Programm „Smarte Region“": a programme, which no one takes part
      // in here, is still what the trial is of; the project named before is not.
      if (namesUnparticipated(clause, child.index)) return undefined;
    }
  }
  return lastProject(sentence);
}

/**
 * "A und B erproben im Projekt X neue Dienste", "testet im Rahmen des Projekts X": the named
 * project a trial is held in.
 */
function projectTestedIn(
  clause: Clause,
  verb: number,
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): Participant | undefined {
  const phrases = clause.children(verb, /^obl/).filter((t) => clause.hasCase(t.index, "im", "in"));
  // ("im Rahmen des Projekts X": the project is the frame's genitive.)
  const frames = phrases.flatMap((t) =>
    clause.tokens[t.index]!.word === "Rahmen" ? clause.children(t.index, /^(nmod|appos)/) : [t],
  );
  // (The parser may hang the quoted name on the noun: "im Projekt „X“".)
  return frames
    .flatMap((t) => [t, ...clause.children(t.index, /^(appos|nmod|flat)/)])
    .map((t) => projectOf(clause, t.index, sentence, analyzed))
    .find((p) => p !== undefined);
}

/** Governments a trial may be held in. */
const GOVERNMENT = /^(Municipality|County|State)$/;
/** Words at most between a place and its "wo" clause's comma, none opening a phrase of its own. */
const WHERE_REACH = 3;

/**
 * "Dabei soll der Kreis Cochem-Zell Pate stehen, wo seit 2017 das Pilotprojekt „X“ läuft": the
 * parser hangs a "wo" clause on the verb before it, so its place is the town, county or Land named
 * last before the comma.
 */
function whereBefore(clause: Clause, verb: number): Participant[] {
  const wo = clause.children(verb, /^advmod$/).find((t) => /^wo$/i.test(t.word) && t.index < verb);
  const comma = wo ? clause.tokens[wo.index - 1] : undefined;
  if (!wo || comma?.word !== ",") return [];
  const place = clause.sentence.mentions
    .filter((m) => m.end <= comma.start && GOVERNMENT.test(m.entity.type) && m.form !== "partial")
    .at(-1);
  if (!place) return [];
  // (Not past a phrase of its own: "nach Stuttgart in das Ministerium, wo ...".)
  const between = clause.tokens.filter((t) => t.start >= place.end && t.end <= comma.start);
  return between.length <= WHERE_REACH && !between.some((t) => /^(ADP|DET)$/.test(t.pos))
    ? [{ entity: place.entity, known: true }]
    : [];
}

/** The actors of the "in" phrases below `heads`: "in Sachsen und Berlin", "im Landkreis Traunstein". */
function placesIn(clause: Clause, heads: number[]): Participant[] {
  const places = [
    ...heads.flatMap((h) => whereBefore(clause, h)),
    ...heads
      .flatMap((h) => clause.children(h, /^(obl|nmod)/))
      .filter((t) => clause.hasCase(t.index, "in", "im"))
      // "in der T-City Friedrichshafen": the name set after a noun that is no actor.
      .flatMap((t) => (clause.actorAt(t.index) ? [t] : [t, ...clause.children(t.index, /^(appos|flat)/)]))
      .flatMap((t) => participantsAt(clause, t.index))
      .filter((p) => p.known),
  ];
  if (places.length === 0) return places;
  // "Neben Ulm startet das Pilotprojekt auch in Konstanz": the place named with "neben" too.
  const beside = heads
    .flatMap((h) => clause.children(h, /^(obl|nmod)/))
    .filter((t) => clause.hasCase(t.index, "neben"))
    .flatMap((t) => participantsAt(clause, t.index))
    .filter((p) => p.known && /^(Municipality|County|State)$/.test(p.entity.type));
  return [...places, ...beside];
}

function pairs(actors: Participant[], target: Participant | undefined, rule: string): Participation[] {
  return target ? actors.map((actor) => ({ actor, target, confidence: 0.7, rule })) : [];
}

function trials(clause: Clause, sentence: AnalyzedSentence, analyzed: AnalyzedItem): Participation[] {
  const found: Participation[] = [];
  for (const token of clause.tokens) {
    if (TRIAL.test(token.word) && clause.hasCase(token.index, "im", "in")) {
      // "A und B sind noch im Testbetrieb": the copula's subjects (the parser makes the phrase the
      // predicate, or hangs it on the copula).
      const predicate = clause.children(token.index, /^cop$/).length > 0;
      const head = predicate ? token.index : token.head;
      if (!predicate && (!/^obl/.test(token.dep) || head < 0 || clause.tokens[head]!.pos !== "AUX")) continue;
      if (isDenied(clause, head)) continue;
      const actors = subjects(clause, head, /^nsubj$/).flatMap((i) => participantsAt(clause, i));
      found.push(...pairs(actors, trialTarget(clause, [token.index], sentence, analyzed), "trial-copula"));
    } else if (
      TEST_VERB.test(verbForm(clause, token)) &&
      /^(VERB|AUX)$/.test(token.pos) &&
      !isDenied(clause, token.index)
    ) {
      // "Der Landkreis X erprobt den Echtbetrieb", "Köln testet das Verfahren"; "In Friedrichshafen
      // wird der Service getestet": where a passive trial is.
      const passive = clause.isPassive(token.index);
      const objects = passive
        ? subjects(clause, token.index, /^nsubj:pass$/)
        : clause.arguments(token.index, /^obj$/);
      // ("Erprobt wird das Projekt X im Landkreis Y": after a fronted participle the parser hangs
      // the place on the subject.)
      const actors = passive
        ? placesIn(clause, [token.index, ...objects.filter((i) => i > token.index)])
        : subjects(clause, token.index, /^nsubj$/).flatMap((i) => participantsAt(clause, i));
      const target = objects.some((i) => TRIAL.test(clause.tokens[i]!.word))
        ? trialTarget(clause, objects, sentence, analyzed)
        : (objects.map((i) => projectOf(clause, i, sentence, analyzed)).find((p) => p !== undefined) ??
          (passive ? undefined : projectTestedIn(clause, token.index, sentence, analyzed)));
      found.push(...pairs(actors, target, "trial-verb"));
    } else if (RUN_VERB.test(token.word) && !isDenied(clause, token.index)) {
      // "Im Landkreis X läuft ein Pilotversuch", "Das Pilotmodell startet in Sachsen und Berlin".
      const trial = subjects(clause, token.index, /^nsubj$/).filter((i) =>
        TRIAL.test(clause.tokens[i]!.word),
      );
      if (trial.length === 0) continue;
      const actors = placesIn(clause, [token.index, ...trial]);
      found.push(...pairs(actors, trialTarget(clause, trial, sentence, analyzed), "trial-in"));
    }
  }
  return found;
}

/** The actors a sentence names after a character offset. */
function actorsAfter(sentence: AnalyzedSentence, offset: number): Participant[] {
  return sentence.mentions
    .filter((m) => m.start > offset && isActor(m) && m.form !== "adjective" && m.form !== "partial")
    .map((m) => ({ entity: m.entity, known: !m.entity.isNew }));
}

/** "A und B wurden als Modellkommunen ausgewählt", "Als Modellprojekte X wurden ausgewählt: A, B, C". */
function selections(clause: Clause, sentence: AnalyzedSentence, analyzed: AnalyzedItem): Participation[] {
  const found: Participation[] = [];
  for (const token of clause.tokens) {
    const word = verbForm(clause, token);
    if (!(SELECTED.test(word) || NAMED_AS.test(word)) || isDenied(clause, token.index)) continue;
    const as = clause
      .children(token.index, /^(obl|nmod|xcomp)/)
      .filter(
        (t) =>
          clause.hasCase(t.index, "als") &&
          clause.subtree(t.index).some((i) => SELECTED_AS.test(clause.tokens[i]!.word)),
      );
    // "Ausgewählt wurden Solingen, Ulm und Wolfsburg": chosen in a passive with no role named, for
    // the programme the item is about.
    const passive = clause.children(token.index, /^aux:pass$/).length > 0;
    // The programme: named in the "als" phrase ("als Modellprojekte Smart Cities"), else the item's.
    const forPhrases = clause.children(token.index, /^obl/).filter((t) => clause.hasCase(t.index, "für"));
    if (forPhrases.some((t) => namesUnparticipated(clause, t.index))) continue;
    const named = forPhrases
      .map((t) => projectOf(clause, t.index, sentence, analyzed))
      .find((p) => p !== undefined);
    // "hat den Landkreis Wunsiedel für das Projekt „Smartes Fichtelgebirge“ ausgewählt": a project
    // named in a "für" phrase says what one was chosen for, with no role named.
    const forNamed = named !== undefined && SELECTED.test(word);
    if (as.length === 0 && !forNamed && (!passive || NAMED_AS.test(word))) continue;
    // "als Modellprojekte Smart Cities": a programme named in the phrase itself.
    const phrase = as[0] ? clause.phrase(as[0].index) : "";
    const programme: Participant | undefined =
      phrase.split(" ").length >= 2 && !SELECTED_AS.test(phrase.split(" ").at(-1)!)
        ? { entity: { id: slugify(phrase), name: phrase, type: "Project", isNew: true }, known: false }
        : undefined;
    // "als Partner für das Projekt X": a project named inside the role's phrase is the one.
    const inPhrase = as
      .flatMap((t) => clause.subtree(t.index))
      .map((i) => clause.projectAt(i))
      .find((p) => p !== undefined && !NOT_TAKEN_PART_IN.test(p.kind ?? ""));
    const target =
      named ??
      (inPhrase ? { entity: inPhrase, known: true } : undefined) ??
      programme ??
      (as.length > 0
        ? trialTarget(
            clause,
            as.map((t) => t.index),
            sentence,
            analyzed,
          )
        : lastProject(sentence));
    // The selected: the passive subjects, and every name listed after a colon behind the verb.
    const colon = clause.tokens.find((t) => t.index > token.index && t.word === ":");
    const listed = colon ? actorsAfter(sentence, colon.start) : [];
    // ("Die Jury hat A und B als Modellkommunen ausgewählt": in the active, the objects.)
    const subjectActors = (
      passive || (as.length === 0 && !forNamed)
        ? subjects(clause, token.index, /^nsubj(:pass)?$/)
        : objectsOf(clause, token.index)
    ).flatMap((i) => participantsAt(clause, i));
    // "Ausgewählt wurden in der Kategorie „Großstädte“ A, B und C": with no subject in the parse,
    // the actors named after the passive verb are the selected.
    const after =
      passive && subjectActors.length === 0 && listed.length === 0 ? actorsAfter(sentence, token.end) : [];
    const actors = [...subjectActors, ...listed, ...after];
    const seen = new Set<string>();
    for (const actor of actors)
      if (!seen.has(actor.entity.id)) {
        seen.add(actor.entity.id);
        found.push(...pairs([actor], target, "selected"));
      }
  }
  return found;
}

/** Verbs of winning a competition. */
const WIN = /^(siegt|siegen|siegte|siegten|gesiegt|gewinnt|gewinnen|gewann|gewannen|gewonnen)$/;
/** Verbs of getting the award of a competition: "erhielt den Zuschlag für das Projekt X". */
const GET = /^(erhält|erhalten|erhielt|erhielten|bekommt|bekommen|bekam|bekamen)$/;
const AWARD = /^Zuschlag$/;
/** The prepositions of what the award is for. */
const AWARDED_FOR = /^(für|im|in|bei|beim)$/i;

/**
 * "In der Kategorie Landkreise konnte der Landkreis Wunsiedel siegen", "Köln gewinnt den Wettbewerb
 * „Digitale Stadt“": the winners take part in the competition named as the object, else in the
 * item's programme.
 */
function wins(clause: Clause, sentence: AnalyzedSentence, analyzed: AnalyzedItem): Participation[] {
  const found: Participation[] = [];
  for (const token of clause.tokens) {
    if (token.pos !== "VERB" || !WIN.test(verbForm(clause, token)) || isDenied(clause, token.index)) continue;
    const objects = clause.children(token.index, /^obj$/);
    const target =
      objects.length > 0 ? projectOf(clause, objects[0]!.index, sentence, analyzed) : lastProject(sentence);
    const actors = subjects(clause, token.index, /^nsubj$/).flatMap((i) => participantsAt(clause, i));
    found.push(...pairs(actors, target, "wins"));
  }
  return [...found, ...awards(clause, sentence, analyzed)];
}

/**
 * "Fulda und Kassel haben den Zuschlag für das Projekt X erhalten", "erhielt den Zuschlag im
 * Wettbewerb X": those awarded take part in what the award is for (the phrase on the award or on
 * the verb), else in the item's project.
 */
function awards(clause: Clause, sentence: AnalyzedSentence, analyzed: AnalyzedItem): Participation[] {
  const found: Participation[] = [];
  for (const token of clause.tokens) {
    if (token.pos !== "VERB" || !GET.test(token.word) || isDenied(clause, token.index)) continue;
    const award = clause.children(token.index, /^obj$/).find((t) => AWARD.test(t.word));
    if (!award) continue;
    const phrases = [award.index, token.index]
      .flatMap((i) => clause.children(i, /^(obl|nmod)/))
      .filter((t) => clause.children(t.index, /^case$/).some((c) => AWARDED_FOR.test(c.word)));
    const named = phrases.map((t) => projectOf(clause, t.index, sentence, analyzed)).find((p) => p);
    const actors = subjects(clause, token.index, /^nsubj$/).flatMap((i) => participantsAt(clause, i));
    found.push(...pairs(actors, named ?? lastProject(sentence), "awarded"));
  }
  return found;
}

export function participationTrials(
  clause: Clause,
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): Participation[] {
  return [
    ...trials(clause, sentence, analyzed),
    ...selections(clause, sentence, analyzed),
    ...wins(clause, sentence, analyzed),
  ];
}
