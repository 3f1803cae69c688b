/**
 * participatesIn from the dependency parse, for the shapes beyond "X beteiligt sich an Y"
 * (relation-rules.ts). Coordinated participants are split; a participant the gazetteer does not
 * know is named by its noun phrase when the noun names an organisation ("Dienstleister",
 * "Spitzenverbände", "Bundesbeauftragte"), with less confidence.
 *   sessions     "Der IT-Dienstleister nimmt beratend an den Sitzungen teil"
 *                -> the body whose sessions these are (named there, else the body last named)
 *   cooperation  "Das Pilotprojekt fußt auf einer Kooperation der Stadt A und des Ministeriums B",
 *                "X wurde in Zusammenarbeit mit B entwickelt", "gemeinsam mit den Ländern A und B",
 *                "mit dem Landkreis A als Hauptpartner" -> the partners take part in the project
 *   user-lands   "Bauaufsichtsbehörden in A, B und C sind bereit, das Verfahren zu nutzen",
 *                "Die Antragstellung ist in vier Kommunen der Länder A, B und C möglich"
 *                -> the Länder whose authorities use a service take part in it
 */
import type { Fact } from "../../model/fact.js";
import { slugify } from "../../model/ids.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { makeFact } from "./build.js";
import { Clause } from "./clause.js";
import { subjects } from "./frames.js";

interface Participant {
  entity: KnownEntity;
  known: boolean;
}

interface Participation {
  actor: Participant;
  target: Participant;
  confidence: number;
  rule: string;
}

const TAKE_PART =
  /^(nimmt|nehmen|nahm|nahmen|teilnehmen|teilgenommen|beteiligt|beteiligen|wirkt|wirken|mitwirken)$/;
const SESSION = /^(Sitzung|Sitzungen|Beratung|Beratungen|Tagung|Tagungen)$/;
const REPRESENTATIVE = /^(Vertreter|Vertreterin|Vertreterinnen|Vertretern|Vertreter:innen)$/;
/** Nouns that name an organisation or an office holder acting for one. */
const ORGANIZATION_NOUN =
  /(verband|verbände|verbänden|dienstleister|beauftragte|beauftragter|behörde|kammer|ministerium|agentur|anstalt)$/i;
/** A body named by a compound noun ("IT-Rat", "Digitalrat", "Lenkungsgremium"). */
const BODY_NOUN = /(rat|gremium|ausschuss|kommission|beirat|konferenz)$/i;
const COOPERATION = /^(Kooperation|Zusammenarbeit|Partnerschaft)$/;
const PARTNER_LIST = /^(Projektpartner|Kooperationspartner|Pilotpartner|Verbundpartner)$/;
const PARTNER = /^(Partner|Hauptpartner|Projektpartner|Pilotpartner|Kooperationspartner)$/;
/** Authorities counted as the users of a service: the Länder they belong to take part in it. */
const AUTHORITIES =
  /(kommunen|behörden|städte|städten|gemeinden|landkreise|landkreisen|kreise|kreisen|ämter|ämtern|verwaltungen)$/i;
const LANDS = /^(Länder|Ländern|Bundesländer|Bundesländern)$/;
const IN_USE =
  /^(nutzen|nutzt|genutzt|einsetzen|eingesetzt|möglich|verfügbar|angeschlossen|angebunden|bereit)$/;
/** Nouns that stand for a project named before: "das Pilotprojekt", "das Verfahren", "der Dienst". */
const GENERIC_PROJECT =
  /^(Projekt|Pilotprojekt|Vorhaben|Verfahren|Dienst|Online-Dienst|Plattform|Portal|Prozess|Antragsverfahren|Angebot|Lösung|Anwendung)$/;
const RELATIVE = /^(der|die|das|den|dem|welcher|welche|welches|welchen)$/i;
const NAMING = /^(heißt|heißen|hieß|nennt|genannt)$/;
/** Kinds that are no service or project one takes part in. */
const NOT_TAKEN_PART_IN = /^(law|strategy|programme|initiative)$/;

/** The participants a nominal names, each conjunct apart; "Vertreter der X" are X. */
function participantsAt(clause: Clause, index: number, depth = 0): Participant[] {
  const out: Participant[] = [];
  for (const at of clause.withConjuncts(index)) {
    const token = clause.tokens[at]!;
    const actor = clause.actorAt(at);
    if (actor) {
      out.push({ entity: actor.entity, known: !actor.entity.isNew });
    } else if (
      (REPRESENTATIVE.test(token.word) || LANDS.test(token.word) || token.pos !== "NOUN") &&
      depth < 2
    ) {
      for (const child of clause.children(at, /^(nmod|appos)/)) {
        const found = participantsAt(clause, child.index, depth + 1);
        if (found.length > 0) {
          out.push(...found);
          break;
        }
      }
    } else if (token.pos === "NOUN" && ORGANIZATION_NOUN.test(token.word)) {
      const name = clause.phrase(at, 6);
      out.push({ entity: { id: slugify(name), name, type: "Organization", isNew: true }, known: false });
    }
  }
  return out;
}

/** The child of `head` whose preposition is `word`. */
function withCase(clause: Clause, head: number, dep: RegExp, word: RegExp): number[] {
  return clause
    .children(head, dep)
    .filter((t) => clause.children(t.index, /^case$/).some((c) => word.test(c.word)))
    .map((t) => t.index);
}

/** The first verb above a token (the parser may hang a particle or an argument below a noun). */
function verbAbove(clause: Clause, index: number): number | undefined {
  for (let at = index, hops = 0; at >= 0 && hops < 5; hops += 1) {
    const token = clause.tokens[at]!;
    if (/^(VERB|AUX)$/.test(token.pos) || (hops > 0 && token.dep === "ROOT")) return at;
    at = token.head;
  }
  return undefined;
}

/**
 * A body named earlier in the item by a compound or a named noun ("Der IT-Rat des Landes
 * Brandenburg ist ... zusammengekommen"), when the gazetteer knows none: the latest subject.
 */
function bodyNamedBefore(analyzed: AnalyzedItem, sentence: AnalyzedSentence): Participant | undefined {
  for (const before of earlier(analyzed, sentence)) {
    const clause = new Clause(before);
    for (const token of clause.tokens) {
      if (token.pos !== "NOUN" || !/^nsubj/.test(token.dep) || !BODY_NOUN.test(token.word)) continue;
      const named = clause.children(token.index, /^(compound|flat|appos|nmod)/).length > 0;
      if (!named && !/^\p{Lu}\p{Ll}{3,}/u.test(token.word.replace(BODY_NOUN, ""))) continue;
      const name = clause.phrase(token.index, 6);
      return { entity: { id: slugify(name), name, type: "Organization", isNew: true }, known: false };
    }
  }
  return undefined;
}

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

/** The sentences before `sentence`, the latest first. */
function earlier(analyzed: AnalyzedItem, sentence: AnalyzedSentence): AnalyzedSentence[] {
  return analyzed.sentences.slice(0, analyzed.sentences.indexOf(sentence)).reverse();
}

/** "das Verfahren" after "Das digitale Bauantragsverfahren": the latest compound with that head. */
function compoundBefore(analyzed: AnalyzedItem, sentence: AnalyzedSentence, head: string) {
  const suffix = head.toLowerCase();
  for (const before of earlier(analyzed, sentence).slice(0, 6)) {
    const clause = new Clause(before);
    for (const token of [...clause.tokens].reverse()) {
      const word = token.word.toLowerCase();
      if (token.pos !== "NOUN" || word === suffix || !word.endsWith(suffix)) continue;
      const project = clause.projectFor(token.index);
      if (project) return project;
    }
  }
  return undefined;
}

/** A relative pronoun stands for the noun its clause hangs on: "das Projekt, das der Bund ... startet". */
function antecedentOf(clause: Clause, verb: number, index: number): number {
  const token = clause.tokens[index]!;
  const head = clause.tokens[verb]!;
  return token.pos === "PRON" && RELATIVE.test(token.word) && /^acl/.test(head.dep) ? head.head : index;
}

/** "Elterngeld digital heißt das Projekt", "Das Projekt heißt X": the name a generic noun is given. */
function namedAs(clause: Clause, index: number): KnownEntity | undefined {
  const verb = clause.tokens[index]!.head;
  if (verb < 0 || !NAMING.test(clause.tokens[verb]!.word)) return undefined;
  // The name hangs on the verb or, misparsed, on a word next to it ("digital" in "Elterngeld digital").
  const near = clause.children(verb).filter((t) => t.index !== index && t.pos !== "PUNCT");
  const name = [...near, ...near.flatMap((t) => clause.children(t.index))].find((t) =>
    /^(NOUN|PROPN)$/.test(t.pos),
  )?.index;
  if (name === undefined) return undefined;
  // A name before the verb runs up to it: "Elterngeld digital heißt ...".
  const words = Array.from({ length: Math.max(verb - name, 1) }, (_, i) => name + i);
  const whole = name < verb && words.every((i) => /^(NOUN|PROPN|ADJ|ADV)$/.test(clause.tokens[i]!.pos));
  const text = whole ? clause.runs(words) : clause.phrase(name);
  return text.length < 3 ? undefined : { id: slugify(text), name: text, type: "Project", isNew: true };
}

/**
 * The project a nominal names; for a generic noun ("das Verfahren", "das Pilotprojekt") the
 * latest compound with that head, else the project the article named last.
 */
function projectOf(
  clause: Clause,
  index: number,
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): Participant | undefined {
  const known = clause.projectAt(index);
  if (known) return NOT_TAKEN_PART_IN.test(known.kind ?? "") ? undefined : { entity: known, known: true };
  const token = clause.tokens[index]!;
  if (GENERIC_PROJECT.test(token.word) && !clause.hasName(index)) {
    const named = namedAs(clause, index);
    if (named) return { entity: named, known: false };
    const compound = compoundBefore(analyzed, sentence, token.word);
    if (compound) return { entity: compound.entity, known: false };
    const last = sentence.context.lastProject;
    return last && !NOT_TAKEN_PART_IN.test(last.kind ?? "") ? { entity: last, known: false } : undefined;
  }
  if (!clause.hasName(index)) return undefined;
  const project = clause.projectFor(index);
  return project ? { entity: project.entity, known: project.known } : undefined;
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
    const objects = passive
      ? subjects(clause, verb, /^nsubj:pass$/)
      : [
          ...clause.arguments(verb, /^obj$/),
          ...(rule === "cooperation-of" ? subjects(clause, verb, /^nsubj$/) : []),
        ];
    const targets = objects
      .map((i) => projectOf(clause, antecedentOf(clause, verb, i), sentence, analyzed))
      .filter((t) => t !== undefined);
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
    } else if (token.word === "mit" && token.dep === "case") {
      const partner = token.head;
      const verb = clause.tokens[partner]?.head;
      if (verb === undefined || verb < 0 || !/^(VERB|AUX)$/.test(clause.tokens[verb]!.pos)) continue;
      // "gemeinsam mit B" (on the noun or on its verb), "mit B als Hauptpartner".
      const together = [partner, verb].some((i) =>
        clause.children(i, /^(advmod|amod)$/).some((t) => /^gemeinsam$/i.test(t.word)),
      );
      const asPartner = withCase(clause, verb, /^obl/, /^als$/i).some((i) =>
        PARTNER.test(clause.tokens[i]!.word),
      );
      if (together || asPartner) add([partner], verb, together ? "together-with" : "as-partner");
    }
  }
  return found;
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
  for (const token of clause.tokens) {
    if (!/^(nutzen|nutzt|einsetzen)$/.test(token.word)) continue;
    const object = clause.arguments(token.index, /^obj$/)[0];
    const service = object === undefined ? undefined : projectOf(clause, object, sentence, analyzed);
    if (service) return service;
  }
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
  if (!clause.tokens.some((t) => IN_USE.test(t.word))) return [];
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
    const target = named ?? (last && !/^(law|strategy)$/.test(last.kind ?? "") ? last : undefined);
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

export function participationRules(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const clause = new Clause(sentence);
  const found = [
    ...sessions(clause, sentence, analyzed),
    ...cooperation(clause, sentence, analyzed),
    ...userLands(clause, sentence, analyzed),
    ...partnerLists(clause, sentence),
  ];
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
