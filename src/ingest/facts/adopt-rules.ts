/**
 * adopts from the dependency parse, as small verb rules over a Clause: the subject (or the agent
 * of a passive, or of an attributive participle) adopts what the object names. The text of the
 * fact is the object's noun phrase (decided-text.ts), each coordinated object a fact of its own.
 *   "Der IT-Planungsrat hat die Einrichtung einer Arbeitsgruppe beschlossen"
 *   "das vom Deutschen Bundestag beschlossene Gesetz", "die von Bund und Ländern vereinbarte Agenda"
 *   "Das Kabinett verabschiedete den Masterplan" (the cabinet is its Land's government)
 *   "Der Bundesrat hat dem Gesetz zugestimmt" (the law named before), "sich auf Leitlinien geeinigt"
 *   "Der Gesetzentwurf passierte das Kabinett" (the body passed adopts)
 *   "hat beschlossen, Ostwestfalen-Lippe zur Modellregion zu entwickeln" (a short infinitive clause)
 * A negated or merely intended decision ("will ... beschließen") adopts nothing; neither does
 * a decision without a text.
 */
import type { Fact } from "../../model/fact.js";
import type { Mention } from "../entities/mentions.js";
import { MONTHS } from "../dates/calendar.js";
import { itemState } from "../entities/anaphora.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { chooseTime, makeFact } from "./build.js";
import { Clause } from "./clause.js";
import { antecedentName, bareInfinitive, namesPerson, nounPhrase, sharedGenitive } from "./decided-text.js";
import { collectiveActor } from "./collective-actors.js";
import { ADOPT_RULES, type AdoptRule } from "./adopt-verbs.js";
import { findFrames, TENSE_AUXILIARY, type Frame } from "./frames.js";
import { REPRESENTATIVE } from "./participants.js";
import { activeReading, swappedActive } from "./voice.js";

/** Objects that are no decision: "in den Ruhestand verabschiedet". */
const NOT_ADOPTED = /^(Ruhestand|Amt|Abschied|Mitarbeiter|Mitarbeiterin|Gäste)$/;
/** Organs that decide for the organisation named after them. */
const ORGAN =
  /^(Präsidium|Vorstand|Verwaltungsrat|Aufsichtsrat|Beirat|Kuratorium|Geschäftsführung|Mitgliederversammlung|Hauptversammlung|Plenum)$/;
/** "u.a. den neuen Standard": the parser makes the abbreviation the object and hangs the noun on it. */
const ASIDE = /^(u\.\s?a\.|u\.a\.|unter|etwa|insbesondere)$/;
/** Nouns that name the government of the Land the article is about. */
const CABINET = /^(Kabinett|Landeskabinett|Ministerrat|Senat|Landesregierung|Staatsregierung)$/;
/** "das Bund-Länder-Gremium": the body the article is about. */
const BODY_NOUN = /(gremium|Gremium)$/;
const INFINITIVE_WORDS = 12;
/** A bare noun that says only that something was decided, not what. */
const UNSPECIFIC =
  /^(Gesetz|Gesetzentwurf|Vorhaben|Vereinbarung|Vertrag|Beschluss|Beschlüsse|Antrag|Anträge|Entwurf|Papier|Vorlage|Maßnahmen|Regelung|Änderungen)$/;
/** A motion names who proposed it: "dem Antrag von Schleswig-Holstein zugestimmt". */
const MOTION = /^(Antrag|Anträge|Anträgen|Vorschlag|Vorschläge|Beschlussvorschlag)$/;

interface Adoption {
  actor: KnownEntity;
  text: string;
  proposer?: KnownEntity;
  confidence: number;
  rule: string;
}

/** A person acting in an office of a government acts for it (a Bundesminister for the Bund). */
function actingFor(entity: KnownEntity, sentence: AnalyzedSentence): KnownEntity {
  if (entity.type !== "Person") return entity;
  const office = sentence.roles.find((r) => r.person.entity.id === entity.id && r.organization);
  const organization = office?.organization;
  return organization && (organization.type === "State" || organization.type === "Federation")
    ? organization
    : entity;
}

/** The councils of a town or a county. */
const COUNCIL =
  /^(Kreistag|Stadtrat|Gemeinderat|Marktgemeinderat|Stadtverordnetenversammlung|Kreisausschuss|Magistrat)$/;
/** Those who decide as members of a body ("die Mitglieder des IT-Planungsrats", "die Abgeordneten im Landtag"), beside its representatives. */
const MEMBERS = /^(Mitglieder|Abgeordneten|Delegierten)$/;

/**
 * "Das Präsidium des Deutschen Landkreistages", "die Abgeordneten im Landtag": an organ, or the
 * members of a body, decide for it.
 */
function organOf(clause: Clause, index: number): Mention | undefined {
  const word = clause.tokens[index]!.word;
  // "Der Kreistag des Landkreises Fulda", "der Kasseler Stadtrat", "der Stadtrat von Ulm": a
  // council decides for its place ("der Vorstand von Dataport": an organ for its organisation).
  const council = COUNCIL.test(word);
  if (!ORGAN.test(word) && !MEMBERS.test(word) && !REPRESENTATIVE.test(word) && !council) return undefined;
  const owner = council ? /^(Municipality|County)$/ : /^Organization$/;
  return clause
    .children(index, council ? /^(nmod|amod)/ : /^nmod/)
    .filter((t) => clause.children(t.index, /^case$/).every((c) => /^(im|in|von)$/i.test(c.word)))
    .map((t) => clause.mentionAt(t.index))
    .find((m) => m !== undefined && owner.test(m.entity.type) && m.form !== "partial");
}

/** Who an actor nominal is: a named actor, a cabinet (its Land), a body noun (the body last named). */
function adopterAt(
  clause: Clause,
  index: number,
  sentence: AnalyzedSentence,
): { entity: KnownEntity; penalty: number } | undefined {
  const mention = clause.actorAt(index) ?? organOf(clause, index);
  if (mention)
    return { entity: actingFor(mention.entity, sentence), penalty: mention.form === "anaphor" ? 0.1 : 0 };
  const collective = collectiveActor(clause, index);
  if (collective) return { entity: collective, penalty: 0.1 };
  const word = clause.tokens[index]!.word;
  const { context } = sentence;
  const land = itemState(context);
  if (CABINET.test(word) && land) return { entity: land, penalty: 0.1 };
  if (BODY_NOUN.test(word) && context.lastBody) return { entity: context.lastBody, penalty: 0.1 };
  return undefined;
}

/** Whether a token names the same actor as one of the frame's actors. */
function isActorOf(clause: Clause, frame: Frame, index: number): boolean {
  const named = clause.actorAt(index)?.entity.id;
  return (
    named !== undefined && frame.actors.some((i) => i !== index && clause.actorAt(i)?.entity.id === named)
  );
}

/** The parser reads "Der Bundesrat hat das Gesetz beschlossen" with two subjects: the one that is no actor is the object. */
function objectsOf(clause: Clause, frame: Frame, rule: AdoptRule, sentence: AnalyzedSentence): number[] {
  if (rule.onto)
    return clause
      .children(frame.verb, /^obl/)
      .filter((t) => clause.hasCase(t.index, "auf"))
      .flatMap((t) => clause.withConjuncts(t.index));
  const aside = clause
    .children(frame.verb, /^obl/)
    .filter((t) => clause.children(t.index, /^case$/).some((c) => ASIDE.test(c.word)))
    .map((t) => t.index);
  // ("hat sich eine Strategie gegeben": the reflexive pronoun is no object.)
  const objects = [...frame.objects, ...clause.arguments(frame.verb, /^iobj$/), ...aside]
    .filter((i) => !(clause.tokens[i]!.pos === "PRON" && /^sich$/i.test(clause.tokens[i]!.word)))
    .flatMap((i) =>
      ASIDE.test(clause.tokens[i]!.word) ? clause.children(i, /^(nmod|appos)/).map((t) => t.index) : [i],
    );
  if (objects.length === 0 && CONSENTING.test(rule.name)) objects.push(...dativeOnDate(clause, frame.verb));
  if (objects.length > 0 || frame.passive) return objects;
  const named = frame.actors.filter((i) => adopterAt(clause, i, sentence));
  // Only a subject of its own, not a conjunct of the actor ("Bund und Kommunen haben beschlossen").
  return named.length > 0
    ? frame.actors.filter((i) => !named.includes(i) && i > named[0]! && clause.tokens[i]!.dep !== "conj")
    : [];
}

/** Rules of agreeing to something, in the dative: "hat der Ernennung zugestimmt". */
const CONSENTING = /^(zustimmen|zugestimmt)$/;

/**
 * "hat in seiner Sitzung vom 23. April der Ernennung von X zugestimmt": the parser may hang the
 * dative on the date before it as its genitive.
 */
function dativeOnDate(clause: Clause, verb: number): number[] {
  return clause
    .children(verb, /^obl/)
    .filter((t) => MONTHS[t.word.toLowerCase()] !== undefined)
    .flatMap((date) => clause.children(date.index, /^nmod$/).filter((t) => t.index > date.index))
    .filter(
      (t) =>
        t.pos === "NOUN" &&
        clause.children(t.index, /^case$/).length === 0 &&
        clause.children(t.index, /^det$/).some((d) => /^(der|dem)$/i.test(d.word)),
    )
    .map((t) => t.index);
}

/**
 * "Der Bundestag hat das Onlinezugangsgesetz beschlossen" read with the law as the subject and
 * the Bundestag as a bare argument beside the verb: where no subject decides and such an argument
 * does, it decides what the subject names.
 */
function adopterAsArgument(clause: Clause, frame: Frame, sentence: AnalyzedSentence): Frame {
  if (frame.passive || frame.actors.some((i) => adopterAt(clause, i, sentence))) return frame;
  const adopters = clause
    .children(frame.verb, /^obl:arg$/)
    .filter((t) => clause.children(t.index, /^case$/).length === 0 && adopterAt(clause, t.index, sentence))
    .map((t) => t.index);
  const objects = [...frame.actors, ...frame.objects].filter((i) => !adopters.includes(i));
  return adopters.length > 0 ? { ...frame, actors: adopters, objects } : frame;
}

/** "beschlossen, X zu entwickeln": the infinitive clause without its "zu", when it is short. */
function infinitiveText(clause: Clause, verb: number): string {
  const clauses = clause
    .children(verb, /^(xcomp|ccomp)$/)
    .filter((t) => t.pos === "VERB" && clause.children(t.index, /^nsubj/).length === 0);
  if (clauses.length !== 1 || clause.children(clauses[0]!.index, /^obj$/).length === 0) return "";
  const words = clause.subtree(
    clauses[0]!.index,
    (t) => t.dep === "mark" || t.word === "," || /^(nsubj|advcl|parataxis)/.test(t.dep),
  );
  if (words.length > INFINITIVE_WORDS) return "";
  // "einzurichten" is "einrichten".
  return bareInfinitive(clause.runs(words));
}

/**
 * The parser marks an object "nsubj:pass" in an active perfect ("hatte der Rat die Konzeption
 * beschlossen"): without a passive auxiliary the clause is active.
 */
function voiced(clause: Clause, frame: Frame, sentence: AnalyzedSentence): Frame {
  // "hatte das Land beschlossen, ...": an actor read as the object of a verb without subject is its
  // subject, also where the verb has a subject only through the clause it is joined to ("hat ...
  // unterzeichnet, zuvor hatte das Land Bayern unterschrieben").
  const heads = [frame.verb, ...clause.children(frame.verb, /^aux/).map((t) => t.index)];
  const ownSubject = heads.some((i) => clause.children(i, /^nsubj$/).length > 0);
  if (!frame.passive && (frame.actors.length === 0 || !ownSubject)) {
    const actors = frame.objects.filter((i) => adopterAt(clause, i, sentence));
    if (actors.length > 0)
      return { ...frame, actors, objects: frame.objects.filter((i) => !actors.includes(i)) };
  }
  const isAdopter = (i: number) => adopterAt(clause, i, sentence) !== undefined;
  return decidedThingAsSubject(clause, activeReading(clause, frame, isAdopter), isAdopter);
}

/** Subjects that name people or a group of them, never what is decided: "die Mitglieder", "sie". */
const PEOPLE = /^(Mitglieder|Abgeordneten|Delegierten|Teilnehmer|Teilnehmenden|Vertreter|Vertreterinnen)$/;

/**
 * "Die Landesregierung in Düsseldorf hat die Digitalstrategie beschlossen", "Die dritte Auflage des
 * Pakts haben das Saarland und die Kommunen unterzeichnet", read with the thing decided as the
 * subject: where the subject names no one and an object decides, that object (with the ones
 * joined to it) is the actor.
 */
function decidedThingAsSubject(clause: Clause, frame: Frame, isAdopter: (i: number) => boolean): Frame {
  const namesSomeone = (i: number) => clause.tokens[i]!.pos === "PRON" || PEOPLE.test(clause.tokens[i]!.word);
  if (frame.actors.some(namesSomeone)) return frame;
  const swapped = swappedActive(frame, isAdopter);
  if (swapped === frame) return frame;
  // (Only an actor before the subject: "Entsprechende Pläne beschloss das Bundeskabinett" is the
  // parser's own reading of the order, and what it decides is seldom named.)
  if (!swapped.actors.every((i) => frame.actors.every((subject) => i < subject))) return frame;
  const joined = swapped.actors.flatMap((i) => clause.withConjuncts(i));
  return { ...swapped, objects: swapped.objects.filter((i) => !joined.includes(i)) };
}

/** Whom a person can sign for: a government, a town or county, an organisation. */
const PRINCIPAL = /^(State|Federation|County|Municipality|Organization)$/;

/**
 * "Für den Hessischen Landkreistag unterzeichnete Landrat Bernd Woide den Pakt", "wurde für das
 * Land Hessen von Verkehrsminister X unterzeichnet": a person who signs for someone signs in
 * their name, and they adopt it (as a minister acts for the government, actingFor). The "für"
 * phrase hangs on the verb or on the signer's name.
 */
function signedFor(
  clause: Clause,
  frame: Frame,
  actorIndices: number[],
  adopters: { entity: KnownEntity; penalty: number }[],
): { entity: KnownEntity; penalty: number }[] {
  if (!adopters.some((a) => a.entity.type === "Person")) return adopters;
  const principals = [frame.verb, ...actorIndices.flatMap((i) => clause.withConjuncts(i))]
    .flatMap((i) => clause.children(i, /^(obl|nmod)/))
    .filter((t) => clause.hasCase(t.index, "für"))
    .flatMap((t) => clause.withConjuncts(t.index))
    .map((i) => clause.actorAt(i)?.entity)
    .filter((e): e is KnownEntity => e !== undefined && PRINCIPAL.test(e.type));
  if (principals.length === 0) return adopters;
  const own = adopters.filter((a) => a.entity.type !== "Person");
  const named = [...new Map(principals.map((e) => [e.id, e])).values()].filter(
    (e) => !own.some((a) => a.entity.id === e.id),
  );
  return [...own, ...named.map((entity) => ({ entity, penalty: 0.05 }))];
}

/** A passive whose agent the parser did not attach ("durch die ... Änderung beschlossen") still names one. */
function hasAgentWord(clause: Clause, verb: number): boolean {
  return clause.subtree(verb).some((i) => /^(durch|von|vom)$/i.test(clause.tokens[i]!.word));
}

function adoptionsOf(
  clause: Clause,
  parsed: Frame,
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
  inherited: { text: string; penalty: number }[] = [],
): Adoption[] {
  // ("Das Gesetz passierte den Bundesrat": the object adopts what the subject names.)
  const frame = (parsed.rule as AdoptRule).passedThrough
    ? {
        ...parsed,
        actors: parsed.objects.filter((i) => adopterAt(clause, i, sentence)),
        objects: parsed.actors,
      }
    : voiced(clause, parsed, sentence);
  const rule = frame.rule as AdoptRule;
  let objects = objectsOf(clause, frame, rule, sentence).filter(
    (i) =>
      /^(NOUN|PROPN)$/.test(clause.tokens[i]!.pos) &&
      !NOT_ADOPTED.test(clause.tokens[i]!.word) &&
      // ("hat keine Strategie beschlossen": nothing adopted.)
      !clause.children(i, /^det$/).some((t) => /^kein/i.test(t.word)) &&
      // (No one adopts itself: "Beschluss 2021/05 - Der IT-Planungsrat beschließt ..." read with the Rat as an object.)
      !isActorOf(clause, frame, i) &&
      (!rule.object ||
        [i, ...clause.children(i, /^flat/).map((t) => t.index)].some((at) =>
          rule.object!.test(clause.tokens[at]!.word),
        )),
  );
  if (rule.object && objects.length === 0) return [];
  // "den Standard XÖV", split by the parser into two objects: the name says what was adopted.
  const split = (i: number) => objects.includes(i + 1) && clause.tokens[i + 1]!.dep !== "conj";
  objects = objects.filter((i) => !split(i));
  // "erteilte dem Gesetz seine Zustimmung", "gab seine Zustimmung zum Gesetz": what is agreed to is the dative or the "zu" phrase.
  if (rule.consent) return consentOf(clause, frame, objects, sentence, analyzed);
  // "verabschiedete CIO Horst Westerfeld", "den Präsidenten": a person is seen off, nothing decided.
  if (objects.some((i) => namesPerson(clause, i))) return [];
  if (clause.children(frame.verb, /^obl/).some((t) => NOT_ADOPTED.test(t.word))) return [];
  const texts: { text: string; penalty: number }[] = objects.map((i) => {
    const named = antecedentName(clause, i, sentence, analyzed);
    if (named) return { text: named, penalty: 0.1 };
    // "das Vorhaben", "die Vereinbarung" alone: no text that says what was decided.
    const shared = sharedGenitive(clause, i, objects);
    const text = shared ? `${nounPhrase(clause, i)} ${shared}` : nounPhrase(clause, i, frame.verb);
    return { text: UNSPECIFIC.test(text) ? "" : text, penalty: 0 };
  });
  // "hat beschlossen, X zu tun", "hat den Beschluss gefasst, X zu tun": the infinitive says what.
  const bare =
    (rule.name === "beschließen" && objects.length === 0) ||
    (rule.name === "Beschluss fassen" && texts.every(({ text }) => text === ""));
  if (bare && !frame.passive) {
    const text = infinitiveText(clause, frame.verb);
    if (text) texts.push({ text, penalty: 0.15 });
  }
  if (objects.length === 0 && !frame.passive && texts.length === 0) texts.push(...inherited);
  const actorIndices = frame.actors.filter((i) => !objects.includes(i));
  // "Der Bund und die Kommunen": each actor the gazetteer knows adopts, an unknown one beside it lowers the confidence.
  const found = actorIndices.map((i) => adopterAt(clause, i, sentence));
  let adopters = found
    .filter((a) => a !== undefined)
    .map((a) => (found.length > 1 && found.includes(undefined) ? { ...a, penalty: a.penalty + 0.05 } : a));
  if (actorIndices.length > 0 && adopters.length === 0) return [];
  // "schlossen das Ministerium mit dem Bremer Senat die Vereinbarung": the partner adopts it too.
  if (rule.mutual && adopters.length > 0)
    for (const partner of clause.children(frame.verb, /^obl/).filter((t) => clause.hasCase(t.index, "mit")))
      for (const i of clause.withConjuncts(partner.index)) {
        const found = adopterAt(clause, i, sentence);
        if (found) adopters.push({ ...found, penalty: found.penalty + 0.05 });
      }
  if (rule.mutual) adopters = signedFor(clause, frame, actorIndices, adopters);
  // "Am Dienstag wurde im Hessischen Landtag ein Gesetz ... verabschiedet": a passive without an
  // agent adopted in a body adopted by it; "Im Kabinett wurde die Digitalstrategie beschlossen":
  // in a cabinet, by its Land.
  const passiveOnly = clause.isPassive(frame.verb) && !hasAgentWord(clause, frame.verb);
  if (adopters.length === 0 && passiveOnly) {
    const inBody = clause
      .children(frame.verb, /^obl/)
      .filter((t) => clause.hasCase(t.index, "in", "im"))
      .map((t) => ({ at: t.index, adopter: adopterAt(clause, t.index, sentence) }))
      .filter(
        ({ at, adopter }) =>
          (adopter?.entity.type === "Organization" && adopter.entity.kind === "body") ||
          (CABINET.test(clause.tokens[at]!.word) && adopter?.entity.type === "State"),
      )
      .map(({ adopter }) => adopter)
      .find((a) => a !== undefined);
    if (inBody) adopters = [{ ...inBody, penalty: inBody.penalty + 0.05 }];
  }
  // "Angenommen wurde der Antrag": the body last named adopts, for review.
  if (
    adopters.length === 0 &&
    clause.isPassive(frame.verb) &&
    !hasAgentWord(clause, frame.verb) &&
    sentence.context.lastBody
  )
    adopters = [{ entity: sentence.context.lastBody, penalty: 0.15 }];
  const motion = objects.find((i) => MOTION.test(clause.tokens[i]!.word));
  const proposer =
    motion === undefined
      ? undefined
      : clause
          .children(motion, /^nmod/)
          .map((t) => clause.actorAt(t.index))
          .find((m) => m !== undefined)?.entity;
  return adopters.flatMap((adopter) =>
    texts
      .filter(({ text }) => text.length >= 3)
      .map(({ text, penalty }) => ({
        actor: adopter!.entity,
        text,
        confidence: rule.confidence - adopter!.penalty - penalty,
        rule: `adopts:${rule.name}`,
        ...(proposer ? { proposer } : {}),
      })),
  );
}

/**
 * What a "Zustimmung" (or "grünes Licht") is given to: the verb's dative, or the "zu" or "für"
 * phrase of the verb or of the noun.
 */
function consentOf(
  clause: Clause,
  frame: Frame,
  consents: number[],
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): Adoption[] {
  const toPhrases = [frame.verb, ...consents]
    .flatMap((i) => clause.children(i, /^(obl|nmod)/))
    .filter((t) => clause.children(t.index, /^case$/).some((c) => /^(zu|zum|zur|für)$/i.test(c.word)));
  const targets = [...clause.children(frame.verb, /^(iobj|obl:arg)$/), ...toPhrases]
    .filter((t) => /^(NOUN|PROPN)$/.test(t.pos) && !clause.actorAt(t.index))
    .map((t) => t.index);
  const actors = frame.actors.map((i) => adopterAt(clause, i, sentence)).filter((a) => a !== undefined);
  return actors.flatMap((actor) =>
    targets.flatMap((i) => {
      const named = antecedentName(clause, i, sentence, analyzed);
      const text = named ?? nounPhrase(clause, i);
      if (!text || text.length < 3 || UNSPECIFIC.test(text)) return [];
      const confidence = frame.rule.confidence - actor.penalty - (named ? 0.1 : 0);
      return [{ actor: actor.entity, text, confidence, rule: `adopts:${frame.rule.name}` }];
    }),
  );
}

/** "empfiehlt ... zu beschließen": an infinitive under a full verb (not under "hat", which the parser sometimes makes the head). */
function governedInfinitive(clause: Clause, verb: number): boolean {
  const token = clause.tokens[verb]!;
  return token.dep === "xcomp" && !TENSE_AUXILIARY.test(clause.tokens[token.head]?.word ?? "");
}

/**
 * "Der Bund hat das Abkommen unterzeichnet, zuvor hatten bereits die Länder unterschrieben": a
 * clause of a deciding verb beside another, without an object of its own, decided the same.
 */
function withSharedObjects(
  clause: Clause,
  frames: Frame[],
  sentence: AnalyzedSentence,
  analyzed: AnalyzedItem,
): Adoption[] {
  // (Two rules may read one verb: "gab sich eine Strategie" and "gab seine Zustimmung" are both "geben".)
  const byFrame = new Map(frames.map((frame) => [frame, adoptionsOf(clause, frame, sentence, analyzed)]));
  const ofVerb = (verb: number) => frames.filter((f) => f.verb === verb).flatMap((f) => byFrame.get(f)!);
  return frames.flatMap((frame) => {
    const own = byFrame.get(frame)!;
    const verb = clause.tokens[frame.verb]!;
    if (own.length > 0 || !/^(conj|parataxis)$/.test(verb.dep)) return own;
    const texts = [...new Set(ofVerb(verb.head).map((a) => a.text))];
    return adoptionsOf(
      clause,
      frame,
      sentence,
      analyzed,
      texts.map((text) => ({ text, penalty: 0.1 })),
    );
  });
}

export function adoptRules(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const clause = new Clause(sentence);
  // "empfiehlt ... zu beschließen", "will ... beschließen": nothing is decided yet.
  const frames = findFrames(clause, ADOPT_RULES)
    .filter(
      (frame) =>
        !clause.isIntended(frame.verb) &&
        clause.tokens[frame.verb]!.pos !== "NOUN" &&
        !governedInfinitive(clause, frame.verb),
    )
    .map((frame) => adopterAsArgument(clause, frame, sentence));
  return withSharedObjects(clause, frames, sentence, analyzed).map(
    ({ actor, text, confidence, rule, proposer }) =>
      makeFact(
        { type: "adopts", subject: actor, text, confidence, rule, ...(proposer ? { proposer } : {}) },
        sentence,
        analyzed.item,
        chooseTime(sentence, false),
        true,
      ),
  );
}
