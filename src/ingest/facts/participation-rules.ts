/**
 * participatesIn from the dependency parse, for the shapes beyond "X beteiligt sich an Y"
 * (relation-rules.ts). Coordinated participants are split; a participant the gazetteer does not
 * know is named by its noun phrase when the noun names an organisation ("Dienstleister",
 * "Spitzenverbände", "Bundesbeauftragte"), with less confidence.
 *   sessions     "Der IT-Dienstleister nimmt beratend an den Sitzungen teil"
 *                -> the body whose sessions these are (named there, else the body last named)
 *   cooperation  "Das Pilotprojekt fußt auf einer Kooperation der Stadt A und des Ministeriums B",
 *                "X wurde in Zusammenarbeit mit B entwickelt", "in Abstimmung mit B entwickelt",
 *                "gemeinsam/zusammen mit den Ländern A und B",
 *                "unter Beteiligung von A und B umgesetzt",
 *                "mit dem Landkreis A als Hauptpartner" -> the partners take part in the project
 *   supported-by "mit Unterstützung der FITKO entwickelt", "entwickelt, unterstützt durch A und B,"
 *                -> the supporters take part (not "mit finanzieller Unterstützung")
 *   together     "A und B setzen das Projekt X gemeinsam um" -> the subjects take part
 *   user-lands   "Bauaufsichtsbehörden in A, B und C sind bereit, das Verfahren zu nutzen",
 *                "Die Antragstellung ist in vier Kommunen der Länder A, B und C möglich"
 *                -> the Länder whose authorities use a service take part in it
 *   partner-list "Weitere Projektpartner: A, B und C", "Projektpartner sind A und B"
 *                -> the known actors listed take part in the project (else the article's)
 * (verbs, trials, guests and developers: participation-verbs.ts, participation-trials.ts,
 * participation-guests.ts, participation-developers.ts)
 * Participants and projects are read by participants.ts.
 */
import type { Fact } from "../../model/fact.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { makeFact } from "./build.js";
import { Clause, LAW_OR_STRATEGY } from "./clause.js";
import { fitsVerb, subjects } from "./frames.js";
import { workDoneBy } from "./participation-work.js";
import { participationDevelopers } from "./participation-developers.js";
import { participationGuests } from "./participation-guests.js";
import { participationOperators } from "./participation-operators.js";
import { participationTrials } from "./participation-trials.js";
import { participationVerbs } from "./participation-verbs.js";
import {
  antecedentOf,
  bodyNamedBefore,
  isDenied,
  LANDS,
  lastProject,
  namedNext,
  NOT_TAKEN_PART_IN,
  participantsAt,
  projectOf,
  SESSION,
  verbAbove,
  withCase,
  type Participant,
  type Participation,
} from "./participants.js";

const TAKE_PART =
  /^(nimmt|nehmen|nahm|nahmen|teilnehmen|teilgenommen|beteiligt|beteiligen|wirkt|wirken|mitwirken)$/;
const COOPERATION = /^(Kooperation|Zusammenarbeit|Partnerschaft|Beteiligung|Mitwirkung|Mitarbeit)$/;
/** Support given to work on a project: "mit Unterstützung der FITKO". */
const SUPPORT = /^Unterstützung$/;
/** Participles of support between commas: "unterstützt durch A und B", "begleitet von A". */
const SUPPORTED = /^(unterstützt|begleitet)$/;
/** Nouns of the work on a project: "Die Umsetzung erfolgt in Zusammenarbeit mit B". */
const WORK =
  /^(Umsetzung|Entwicklung|Weiterentwicklung|Realisierung|Einführung|Pilotierung|Erprobung|Infrastruktur|Konzeption|Betrieb)$/;
const PARTNER_LIST = /^(Projektpartner|Kooperationspartner|Pilotpartner|Verbundpartner)$/;
const PARTNER = /^(Partner|Hauptpartner|Projektpartner|Pilotpartner|Kooperationspartner)$/;
/** Authorities counted as the users of a service: the Länder they belong to take part in it. */
const AUTHORITIES =
  /(kommunen|behörden|städte|städten|gemeinden|landkreise|landkreisen|kreise|kreisen|ämter|ämtern|verwaltungen)$/i;
const USE = /^(nutzen|nutzt|genutzt|einsetzen|eingesetzt|verwenden|verwendet)$/;
const AVAILABLE = /^(möglich|verfügbar|angeschlossen|angebunden)$/;

/** "X nimmt an den Sitzungen teil": X takes part in the body that holds the sessions. */
function sessions(clause: Clause, sentence: AnalyzedSentence, analyzed: AnalyzedItem): Participation[] {
  const found: Participation[] = [];
  for (const token of clause.tokens) {
    const verb = token.word === "teil" && token.dep === "compound:prt" ? verbAbove(clause, token.head) : -1;
    const at = verb !== undefined && verb >= 0 ? verb : TAKE_PART.test(token.word) ? token.index : -1;
    if (at < 0 || !TAKE_PART.test(clause.tokens[at]!.word) || clause.isNegated(at)) continue;
    for (const session of withCase(clause, at, /^(obl|nmod)/, /^(an|am)$/i)) {
      if (!SESSION.test(clause.tokens[session]!.word)) continue;
      const named = clause
        .children(session, /^nmod/)
        .map((t) => clause.actorAt(t.index))
        .find((m) => m?.entity.type === "Organization");
      const body: Participant | undefined = named
        ? { entity: named.entity, known: !named.entity.isNew }
        : sentence.context.lastBody
          ? { entity: sentence.context.lastBody, known: true }
          : bodyNamedBefore(analyzed, sentence);
      if (!body) continue;
      for (const actor of subjects(clause, at, /^nsubj$/).flatMap((i) => participantsAt(clause, i)))
        found.push({ actor, target: body, confidence: 0.8, rule: "sessions" });
    }
  }
  return found;
}

/**
 * "auf einer Kooperation der A und des B" (the clause's subject is the project), "in
 * Zusammenarbeit mit B", "gemeinsam mit B", "mit B als Partner" (the verb's object is).
 */
function cooperation(clause: Clause, sentence: AnalyzedSentence, analyzed: AnalyzedItem): Participation[] {
  const found: Participation[] = [];
  const add = (partners: number[], verb: number | undefined, rule: string) => {
    if (verb === undefined || clause.isNegated(verb) || clause.isIntended(verb)) return;
    const passive = clause.isPassive(verb);
    const objects = passive ? subjects(clause, verb, /^nsubj:pass$/) : clause.arguments(verb, /^obj$/);
    // What a cooperation brought about may be the subject: "Die App X entsteht in Zusammenarbeit mit B";
    // beside "gemeinsam mit" the subject is the other partner.
    if (/^cooperation/.test(rule) && (objects.length === 0 || rule === "cooperation-of"))
      objects.push(...subjects(clause, verb, /^nsubj$/));
    const targets = objects
      .map((i) => projectOf(clause, antecedentOf(clause, verb, i), sentence, analyzed))
      .filter((t) => t !== undefined);
    // "Der Bauantrag ging online und wurde ... mit dem Landkreis X als Hauptpartner entwickelt":
    // a conjoined verb whose own subject names no project (the parser may take "den Angaben"
    // for one) shares the subject of the verb it is conjoined to.
    const head = clause.tokens[verb]!;
    if (targets.length === 0 && head.dep === "conj")
      targets.push(
        ...subjects(clause, head.head, /^nsubj/)
          .map((i) => projectOf(clause, i, sentence, analyzed))
          .filter((t) => t !== undefined),
      );
    // "Die technische Umsetzung erfolgt in enger Zusammenarbeit mit B": work on the item's project.
    const last = sentence.context.lastProject;
    if (
      targets.length === 0 &&
      rule === "cooperation-with" &&
      objects.every((i) => WORK.test(clause.tokens[i]!.word)) &&
      last &&
      !NOT_TAKEN_PART_IN.test(last.kind ?? "")
    )
      targets.push({ entity: last, known: false });
    for (const target of targets.slice(0, 1))
      for (const actor of partners.flatMap((i) => participantsAt(clause, i)))
        found.push({ actor, target, confidence: 0.8, rule });
  };
  for (const token of clause.tokens) {
    // The cooperation is how the project came about ("fußt auf", "entsteht in"), not what is done.
    if (COOPERATION.test(token.word) && /^obl/.test(token.dep)) {
      // "Kooperation der A und des B", "Zusammenarbeit zwischen A und B"; "in Zusammenarbeit mit B".
      const members = clause
        .children(token.index, /^nmod/)
        .filter((t) => !clause.children(t.index, /^case$/).some((c) => !/^(zwischen|von)$/i.test(c.word)))
        .map((t) => t.index);
      const partners = withCase(clause, token.index, /^nmod/, /^mit$/i);
      if (members.length > 0) add(members, verbAbove(clause, token.index), "cooperation-of");
      if (partners.length > 0) add(partners, verbAbove(clause, token.index), "cooperation-with");
    } else if (token.word === "Abstimmung" && /^obl/.test(token.dep) && clause.hasCase(token.index, "in")) {
      // "hat X in Abstimmung mit dem Bundesinnenministerium entwickelt": the one consulted worked on it.
      const partners = withCase(clause, token.index, /^nmod/, /^mit$/i);
      if (partners.length > 0) add(partners, verbAbove(clause, token.index), "cooperation-with");
    } else if (SUPPORT.test(token.word) && /^obl/.test(token.dep) && clause.hasCase(token.index, "mit")) {
      // "entwickelt mit Unterstützung der FITKO die Plattform X": the supporter works on it too
      // (not "mit finanzieller Unterstützung des Bundes": that is money).
      const supporters = clause
        .children(token.index, /^nmod/)
        .filter((t) => clause.children(t.index, /^case$/).length === 0)
        .map((t) => t.index);
      const financial = clause.children(token.index, /^amod$/).some((t) => /^finanziell/i.test(t.word));
      if (supporters.length > 0 && !financial)
        add(supporters, verbAbove(clause, token.index), "supported-by");
    } else if (supportedBy(clause, token.index)) {
      // "entwickelt, unterstützt durch Brandenburg und das Auswärtige Amt, die Plattform X".
      add(withCase(clause, token.index, /^obl/, /^(durch|von|vom)$/i), token.head, "supported-by");
    } else if (token.word === "mit" && token.dep === "case") {
      const partner = token.head;
      // ("Gemeinsam mit der Stadt Kiel entwickelt Bremen X": the parser may hang B on "gemeinsam".)
      const above = clause.tokens[partner]?.head ?? -1;
      const onTogether = /^(gemeinsam|zusammen)$/i.test(clause.tokens[above]?.word ?? "");
      const verb = onTogether ? clause.tokens[above]!.head : above;
      if (verb < 0 || !/^(VERB|AUX)$/.test(clause.tokens[verb]!.pos)) continue;
      // "gemeinsam mit B" (on the noun or on its verb), "mit B als Hauptpartner".
      const together = onTogether || [partner, verb].some((i) => clause.saysTogether(i));
      const asPartner = withCase(clause, verb, /^obl/, /^als$/i).some((i) =>
        PARTNER.test(clause.tokens[i]!.word),
      );
      if (together || asPartner) add([partner], verb, together ? "together-with" : "as-partner");
    }
  }
  return found;
}

/**
 * "entwickelt, unterstützt durch A und B, die Plattform X": a participle between commas, with no
 * subject or auxiliary of its own, that names its supporters as its agents.
 */
function supportedBy(clause: Clause, index: number): boolean {
  const token = clause.tokens[index]!;
  return (
    SUPPORTED.test(token.word) &&
    token.dep === "conj" &&
    clause.tokens[index - 1]?.word === "," &&
    clause.children(index, /^(nsubj|aux)/).length === 0 &&
    withCase(clause, index, /^obl/, /^(durch|von|vom)$/i).length > 0
  );
}

/** The Länder a noun of authorities names: "Behörden in A, B und C", "Kommunen der Länder A, B und C". */
function landsOf(clause: Clause, index: number): Participant[] {
  const states: Participant[] = [];
  for (const child of clause.children(index, /^nmod/)) {
    const lands = LANDS.test(child.word)
      ? clause.children(child.index, /^(appos|flat|nmod)$/).map((t) => t.index)
      : clause.children(child.index, /^case$/).some((c) => /^(in|aus)$/i.test(c.word))
        ? [child.index]
        : [];
    for (const at of lands.flatMap((i) => clause.withConjuncts(i))) {
      const mention = clause.actorAt(at);
      if (mention?.entity.type === "State") states.push({ entity: mention.entity, known: true });
    }
  }
  return states;
}

/** The service a usage sentence speaks of: the object of "nutzen", a project it names, else the one named before. */
function serviceOf(
  clause: Clause,
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): Participant | undefined {
  // "bereit, das Verfahren zu nutzen": what is used is the verb's object, and nothing else.
  const uses = clause.tokens.filter((t) => USE.test(t.word));
  if (uses.length > 0)
    return uses
      .flatMap((t) => clause.arguments(t.index, /^(obj|nsubj:pass)$/))
      .map((i) => projectOf(clause, i, sentence, analyzed))
      .find((p) => p !== undefined);
  // "ist in vier Kommunen online möglich": the service the sentence names, else the article's.
  if (!clause.tokens.some((t) => AVAILABLE.test(t.word))) return undefined;
  const named = sentence.mentions.find(
    (m) =>
      m.entity.type === "Project" && m.form !== "partial" && !NOT_TAKEN_PART_IN.test(m.entity.kind ?? ""),
  );
  if (named) return { entity: named.entity, known: true };
  const last = sentence.context.lastProject;
  return last && !NOT_TAKEN_PART_IN.test(last.kind ?? "") ? { entity: last, known: false } : undefined;
}

/** "Bauaufsichtsbehörden in A, B und C sind bereit, das Verfahren zu nutzen": A, B and C take part. */
function userLands(clause: Clause, sentence: AnalyzedSentence, analyzed: AnalyzedItem): Participation[] {
  const lands = clause.tokens
    .filter((t) => t.pos === "NOUN" && AUTHORITIES.test(t.word))
    .flatMap((t) => landsOf(clause, t.index));
  if (lands.length === 0) return [];
  const service = serviceOf(clause, sentence, analyzed);
  if (!service) return [];
  return lands.map((actor) => ({ actor, target: service, confidence: 0.75, rule: "user-lands" }));
}

/**
 * "Weitere Projektpartner: A, B und C", "Partner des Projekts X sind A und B": the known actors
 * listed after a partner noun take part in the project it names, else in the article's project
 * (an OZG topic among them). A name the gazetteer knows only in part ("Bund Freier Berufe",
 * "TÜV Hessen") is no partner.
 */
function partnerLists(clause: Clause, sentence: AnalyzedSentence): Participation[] {
  const found: Participation[] = [];
  for (const noun of clause.tokens) {
    if (!PARTNER_LIST.test(noun.word)) continue;
    const named = clause
      .children(noun.index, /^nmod/)
      .filter((t) => t.index > noun.index)
      .map((t) => clause.projectAt(t.index))
      .find((e) => e !== undefined);
    const last = sentence.context.lastProject;
    const target = named ?? (last && !LAW_OR_STRATEGY.test(last.kind ?? "") ? last : undefined);
    if (!target) continue;
    const seen = new Set<string>();
    // The list follows the noun: its appositions, conjuncts and name parts, a few levels down.
    // "Projektpartner sind A, B und C": the list is the predicate the noun is the subject of.
    const head = clause.tokens[noun.head];
    const predicate =
      head &&
      /^nsubj/.test(noun.dep) &&
      head.index > noun.index &&
      clause.children(head.index, /^cop$/).length > 0
        ? [head]
        : [];
    let level = [
      ...predicate,
      ...clause.children(noun.index, /^(appos|conj|flat|nmod)/).filter((t) => t.index > noun.index),
    ];
    for (let depth = 0; depth < 6 && level.length > 0; depth += 1) {
      for (const token of level) {
        const mention = clause.actorAt(token.index);
        if (!mention || mention.form === "adjective" || seen.has(mention.entity.id)) continue;
        // A name going on right after the mention: "Bund Freier Berufe" is not the Bund.
        const next = clause.tokens.find((t) => t.start > mention.end - 1 && t.start <= mention.end + 1);
        if (next && next.head === token.index && /^flat/.test(next.dep) && /^\p{Lu}/u.test(next.word))
          continue;
        const parent = clause.tokens[token.head]!;
        if (/^flat/.test(token.dep) && !clause.mentionAt(parent.index)) continue;
        seen.add(mention.entity.id);
        found.push({
          actor: { entity: mention.entity, known: true },
          target: { entity: target, known: named !== undefined },
          confidence: 0.75,
          rule: "partner-list",
        });
      }
      level = level.flatMap((t) => clause.children(t.index, /^(appos|conj|flat|nmod)/));
    }
  }
  return found;
}

/** Nouns of a joint undertaking: "eine gemeinsame Initiative der Länder A und B". */
const JOINT = /^(Initiative|(Pilot|Modell|Kooperations|Verbund)?[Pp]rojekte?s?|Vorhabens?)$/;
/** Nouns that are joint by their own word: "ein Verbundprojekt der Städte A und B". */
const JOINT_BY_WORD = /^(Verbund|Kooperations|Gemeinschafts)(projekt|vorhaben)(e?s)?$/;
const TOGETHER = /^(gemeinsam|gemeinsame|gemeinsamen|gemeinsamer|gemeinsames|gemeinsamem)$/i;
/** Nouns of working together that, as a predicate, say a project is joint: "X ist eine Kooperation von A und B". */
const JOINT_PREDICATE = /^(Kooperation|Zusammenarbeit|Partnerschaft|Gemeinschaftsinitiative)$/;

/**
 * "eine gemeinsame Initiative der Länder A, B und C", "Das Projekt X ist eine Kooperation von A
 * und B": the actors named in the genitive take part in it; "A, B und C haben in einem
 * gemeinsamen Projekt ... geschaffen": the subjects do. What the noun stands for is the project
 * it names, else the one the item named last.
 */
function jointUndertakings(
  clause: Clause,
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): Participation[] {
  const found: Participation[] = [];
  for (const noun of clause.tokens) {
    const joint =
      JOINT_BY_WORD.test(noun.word) ||
      (JOINT.test(noun.word) && clause.children(noun.index, /^amod$/).some((t) => TOGETHER.test(t.word))) ||
      (JOINT_PREDICATE.test(noun.word) && clause.children(noun.index, /^cop$/).length > 0);
    if (!joint) continue;
    // (the noun's own phrase, "Initiative der Bundesländer A und B", is no name; "Das Projekt X ist
    // ein Verbundprojekt der Städte A und B": the project its predicate names)
    const own = clause.projectAt(noun.index) ?? clause.predicatedProject(noun.index);
    const next = () => namedNext(analyzed, sentence, noun.word);
    const target: Participant | undefined =
      own && !NOT_TAKEN_PART_IN.test(own.kind ?? "")
        ? { entity: own, known: true }
        : (lastProject(sentence) ?? (next() ? { entity: next()!, known: false } : undefined));
    if (!target) continue;
    const genitives = clause
      .children(noun.index, /^nmod/)
      .filter(
        (t) => t.index > noun.index && clause.children(t.index, /^case$/).every((c) => /^von$/i.test(c.word)),
      );
    const verb = /^obl/.test(noun.dep) ? noun.head : -1;
    const subjectsOfVerb =
      genitives.length === 0 && verb >= 0 && clause.hasCase(noun.index, "in") && !isDenied(clause, verb)
        ? subjects(clause, verb, /^nsubj$/)
        : [];
    for (const actor of [...genitives.map((t) => t.index), ...subjectsOfVerb].flatMap((i) =>
      participantsAt(clause, i),
    ))
      found.push({ actor, target, confidence: 0.75, rule: "joint" });
  }
  return found;
}

/** Verbs of carrying out a project, each with its separable particle. */
const CARRY_OUT: { verb: RegExp; particle?: RegExp }[] = [
  { verb: /^(setzt|setzen|setzte|setzten)$/, particle: /^um$/ },
  { verb: /^(umgesetzt|umsetzen)$/ },
  { verb: /^(führt|führen|führte|führten)$/, particle: /^durch$/ },
  { verb: /^(durchgeführt|durchführen)$/ },
  { verb: /^(realisiert|realisieren|realisierte|realisierten)$/ },
];

/**
 * "Ulm und Heidelberg setzen das Projekt X gemeinsam um": the subjects that carry out a named
 * project together take part in it (with a partner named by "mit", cooperation() reads it).
 */
function carriedOutTogether(clause: Clause): Participation[] {
  const found: Participation[] = [];
  for (const token of clause.tokens) {
    if (
      !CARRY_OUT.some((r) => fitsVerb(clause, token, r.verb, r.particle)) ||
      !clause.saysTogether(token.index)
    )
      continue;
    // ("setzen X nicht gemeinsam um": the negation may hang on the adverb.)
    const adverbs = clause.children(token.index, /^advmod$/);
    const denied = adverbs.some((t) =>
      clause.children(t.index, /^advmod$/).some((n) => /^nicht$/i.test(n.word)),
    );
    if (denied || isDenied(clause, token.index) || clause.isPassive(token.index)) continue;
    const actors = subjects(clause, token.index, /^nsubj$/).flatMap((i) => participantsAt(clause, i));
    if (actors.length < 2) continue;
    const project = clause
      .arguments(token.index, /^obj$/)
      .map((i) => clause.projectAt(i))
      .find((p) => p !== undefined && !NOT_TAKEN_PART_IN.test(p.kind ?? ""));
    if (!project) continue;
    for (const actor of actors)
      found.push({
        actor,
        target: { entity: project, known: true },
        confidence: 0.75,
        rule: "carried-out-together",
      });
  }
  return found;
}

/**
 * "Leitkommune ist die Stadt Paderborn in Kooperation mit dem Kreis Paderborn und der Stadt
 * Bielefeld", "Ulm nimmt in Kooperation mit Heidelberg am Projekt X teil": the partners of a
 * participant's cooperation (on its noun, or on the verb it is the subject of) take part in what
 * it takes part in.
 */
function cooperatingPartners(clause: Clause, found: Participation[]): Participation[] {
  const partners: Participation[] = [];
  for (const token of clause.tokens) {
    if (!COOPERATION.test(token.word) || !clause.hasCase(token.index, "in")) continue;
    const holders = /^nmod/.test(token.dep)
      ? [token.head]
      : /^obl/.test(token.dep)
        ? subjects(clause, token.head, /^nsubj$/)
        : [];
    const ids = new Set(holders.flatMap((i) => participantsAt(clause, i)).map((p) => p.entity.id));
    const withWhom = withCase(clause, token.index, /^nmod/, /^mit$/i).flatMap((i) =>
      participantsAt(clause, i),
    );
    for (const { target, confidence } of found.filter((f) => ids.has(f.actor.entity.id)))
      for (const actor of withWhom) partners.push({ actor, target, confidence, rule: "cooperating" });
  }
  return partners;
}

export function participationRules(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const clause = new Clause(sentence);
  const direct = [
    ...sessions(clause, sentence, analyzed),
    ...cooperation(clause, sentence, analyzed),
    ...userLands(clause, sentence, analyzed),
    ...partnerLists(clause, sentence),
    ...jointUndertakings(clause, sentence, analyzed),
    ...participationVerbs(clause, sentence, analyzed),
    ...participationTrials(clause, sentence, analyzed),
    ...participationGuests(clause, sentence),
    ...participationDevelopers(clause),
    ...participationOperators(clause),
    ...carriedOutTogether(clause),
    ...workDoneBy(clause),
  ];
  const found = [...direct, ...cooperatingPartners(clause, direct)];
  return found
    .filter(({ actor, target }) => actor.entity.id !== target.entity.id)
    .map(({ actor, target, confidence, rule }) =>
      makeFact(
        {
          type: "participatesIn",
          subject: actor.entity,
          object: target.entity,
          // A participant or a target named by its noun phrase, or taken from the context, is less sure.
          confidence: confidence - (actor.known ? 0 : 0.1) - (target.known ? 0 : 0.05),
          rule: `participatesIn:${rule}`,
        },
        sentence,
        analyzed.item,
        undefined,
        false,
      ),
    );
}
