/**
 * announces from the dependency parse: an actor states a plan. The text of the fact is what is
 * announced, kept short and in the source's words: the object of "plant" or "kündigt ... an"
 * (up to its first comma), or the clause they govern without its subject.
 *   "Bund und Länder planen eine Integration der Wallet"  -> Bund, "eine Integration der Wallet"
 *   "Die Stadt kündigte an, alle Dienste digital anzubieten"
 * A negated verb ("plant keine ...") states nothing. "will" is left out: on real news what it
 * governs is too often a step of a meeting, not a plan. "fordert" and "begrüßt" state a
 * position, named as one from their object ("Forderung nach ...", "Unterstützung für ...").
 */
import type { Fact } from "../../model/fact.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import type { ParseToken } from "../parse/align.js";
import { chooseTime, makeFact } from "./build.js";
import { Clause } from "./clause.js";
import { collectiveActor } from "./collective-actors.js";
import { bareInfinitive, namesPerson, nounPhrase } from "./decided-text.js";
import { findFrames, type Frame, type VerbRule } from "./frames.js";
import { swappedActive } from "./voice.js";
import {
  INTENTION_CONFIDENCE,
  intendedVerbs,
  isTimeWord,
  reportedPlans,
  statedGoals,
} from "./intention-rules.js";
import type { KnownEntity } from "../types.js";

const ANNOUNCE_RULES: VerbRule[] = [
  { name: "ankündigen", verb: /^(kündigt|kündigen|kündigte|kündigten)$/, particle: /^an$/, confidence: 0.85 },
  { name: "angekündigt", verb: /^(angekündigt|ankündigen)$/, confidence: 0.85 },
  { name: "planen", verb: /^(plant|planen|plante|planten)$/, confidence: 0.85 },
  // Synonyms of planning, less often said of a settled plan: for review.
  { name: "vorhaben", verb: /^(hat|haben|hatte|hatten)$/, particle: /^vor$/, confidence: 0.75 },
  {
    name: "beabsichtigen",
    verb: /^(beabsichtigt|beabsichtigen|beabsichtigte|beabsichtigten)$/,
    confidence: 0.75,
  },
  { name: "anstreben", verb: /^(strebt|streben|strebte|strebten)$/, particle: /^an$/, confidence: 0.75 },
  { name: "angestrebt", verb: /^(angestrebt|anstreben)$/, confidence: 0.75 },
  {
    name: "in Aussicht stellen",
    verb: /^(stellt|stellen|stellte|stellten|gestellt)$/,
    needs: /^Aussicht$/,
    confidence: 0.75,
  },
  // "setzt sich zum Ziel, ... zu ...": the goal is the infinitive clause.
  {
    name: "sich zum Ziel setzen",
    verb: /^(setzt|setzen|setzte|setzten|gesetzt)$/,
    needs: /^Ziel$/,
    confidence: 0.7,
  },
];
const MAX_WORDS = 12;
/** A person's leaving, announced: no plan of policy. */
const DEPARTURE = /^(Abschied|Rücktritt|Rückzug|Ruhestand|Ausscheiden)$/;
/** Adverbs that say when or how surely, not what: left out of the announced text. */
const FILLER =
  /^(künftig|bereits|auch|nun|jetzt|noch|schon|dann|zudem|außerdem|weiterhin|bald|ebenfalls|zunächst)$/i;

/** The words of `keep` up to the first comma after the first word, at most MAX_WORDS of them. */
function textOf(clause: Clause, keep: number[]): string {
  const sorted = [...keep].sort((a, b) => a - b);
  const comma = sorted.findIndex((i, at) => at > 0 && /^[,;:(]$/.test(clause.tokens[i]!.word));
  const kept = (comma > 0 ? sorted.slice(0, comma) : sorted).filter(
    (i) => clause.tokens[i]!.pos !== "PUNCT" || clause.tokens[i]!.word === "-",
  );
  return clause.runs(kept.slice(0, MAX_WORDS));
}

function withoutArguments(clause: Clause, verb: number): number[] {
  // A "zu" infinitive has no subject of its own: what the parser calls one is its object ("alle Dienste anzubieten").
  // ("beabsichtigt, ein Digitalgesetz vorzulegen": also a "zu" infinitive the parser calls a ccomp.)
  const token = clause.tokens[verb]!;
  const zuForm = (t: ParseToken) =>
    clause.children(t.index, /^mark$/).some((m) => /^zu$/i.test(m.word)) ||
    /^\p{Ll}+zu\p{Ll}+n$/u.test(t.word);
  // ("kündigte an, das Portal „Hessen digital“ auszubauen": the parser may head the clause with the
  // name's last word and hang the infinitive on it.)
  const infinitive =
    /^(xcomp|acl|csubj)$/.test(token.dep) ||
    zuForm(token) ||
    (token.pos !== "VERB" && clause.children(verb, /^xcomp$/).some((t) => t.index > verb && zuForm(t)));
  return clause.subtree(
    verb,
    (t) =>
      t.head === verb &&
      ((!infinitive && /^nsubj/.test(t.dep)) ||
        /^(aux|punct|cc|conj|mark|advcl|parataxis|discourse|csubj)/.test(t.dep) ||
        (t.dep === "advmod" && FILLER.test(t.word))),
  );
}

function announced(clause: Clause, frame: Frame): string {
  // "setzt sich ... zum Ziel": the reflexive pronoun is no object.
  const objects = clause
    .children(frame.verb, /^(obj|ccomp|xcomp)$/)
    .filter((t) => !(t.pos === "PRON" && /^(sich|uns)$/i.test(t.word)));
  // "setzt sich zum Ziel, ... zu beschleunigen": the infinitive hangs on the noun the rule needs.
  const needs = frame.rule.needs;
  if (objects.length === 0 && needs)
    objects.push(
      ...clause
        .children(frame.verb, /^obl/)
        .filter((t) => needs.test(t.word))
        .flatMap((t) => clause.children(t.index, /^(acl|xcomp|ccomp)$/)),
    );
  if (objects.length !== 1) return "";
  const object = objects[0]!;
  // "kündigte seinen Abschied an": a departure is news of a person, no plan (succession rules read it).
  if (DEPARTURE.test(object.word)) return "";
  if (object.dep === "obj")
    return textOf(
      clause,
      clause.subtree(object.index, (t) => /^(acl|punct)/.test(t.dep)),
    );
  return bareInfinitive(
    textOf(clause, [
      ...strayWords(clause, frame.verb, object.index),
      ...withoutArguments(clause, object.index),
    ]),
  );
}

/**
 * "kündigt an, bis 2026 alle Verwaltungsleistungen online anzubieten": the parser may hang the
 * words of the infinitive clause on the verb that announces it; between the comma and the
 * infinitive they are the infinitive's (where no other verb stands between).
 */
function strayWords(clause: Clause, verb: number, infinitive: number): number[] {
  if (infinitive < verb) return [];
  const between = Array.from({ length: infinitive - verb - 1 }, (_, k) => verb + 1 + k);
  const comma = between.filter((i) => clause.tokens[i]!.word === ",").at(-1);
  if (comma === undefined) return [];
  const words = between.filter((i) => i > comma);
  if (words.some((i) => /^(VERB|AUX)$/.test(clause.tokens[i]!.pos))) return [];
  return words.flatMap((i) => (clause.tokens[i]!.head === verb ? clause.subtree(i) : []));
}

/**
 * A position stated by a verb, named as the position: "Der NKR fordert mehr Anstrengungen" is
 * the "Forderung nach mehr Anstrengungen", "begrüßt die Agenda" the "Unterstützung für die
 * Agenda" (the object's noun phrase, decided-text.ts). Only a named actor (no pronoun: "Wir
 * fordern" in a quote is the speaker's), and for review: what is welcomed is not always a plan.
 */
/** Who is welcomed rather than supported: "begrüßt drei neue Mitglieder", "die Gäste". */
const WELCOMED = /^(Mitglied|Mitglieder|Mitgliedern|Gast|Gäste|Gästen|Teilnehmer\w*|Besucher\w*|Kolleg\w*)$/;

interface PositionRule extends VerbRule {
  noun: string;
  /** The position is the phrase with this preposition on the verb, not its object. */
  through?: RegExp;
  /** A "dass" clause states the position too: "fordert, dass der Bund die Kosten trägt" is the "Forderung, dass ...". */
  clauseNoun?: string;
  /** The object's head word must be this: "stellt Pläne für ein Portal vor". */
  object?: RegExp;
  /** A particle that makes it another verb: "fordert ... auf" is no "fordert". */
  notParticle?: RegExp;
  /** The object is who is called on, the "zu" infinitive what they are called on to do. */
  summons?: boolean;
}
/** Plans presented are announced, not launched: "legt Pläne für ein Bürgerportal vor". */
const PLANS = /^(Pläne|Plänen|Plan|Planungen|Vorhaben)$/;
const POSITION_RULES: PositionRule[] = [
  {
    name: "fordern",
    verb: /^(fordert|fordern|forderte|forderten)$/,
    noun: "Forderung nach",
    clauseNoun: "Forderung",
    notParticle: /^auf$/,
    confidence: 0.7,
  },
  // "fordert den Bundesrat auf, dem Gesetz nicht zuzustimmen": "Forderung an den Bundesrat, ...".
  {
    name: "auffordern",
    verb: /^(fordert|fordern|forderte|forderten)$/,
    particle: /^auf$/,
    noun: "Forderung an",
    summons: true,
    confidence: 0.7,
  },
  {
    name: "aufgefordert",
    verb: /^(aufgefordert|auffordern)$/,
    noun: "Forderung an",
    summons: true,
    confidence: 0.7,
  },
  {
    name: "begrüßen",
    verb: /^(begrüßt|begrüßen|begrüßte|begrüßten)$/,
    noun: "Unterstützung für",
    confidence: 0.7,
  },
  // "spricht sich für eine zentrale Plattform aus": the "für" phrase is what is supported.
  {
    name: "sich aussprechen für",
    verb: /^(spricht|sprechen|sprach|sprachen)$/,
    particle: /^aus$/,
    through: /^für$/i,
    noun: "Unterstützung für",
    confidence: 0.7,
  },
  {
    name: "sich ausgesprochen für",
    verb: /^ausgesprochen$/,
    through: /^für$/i,
    noun: "Unterstützung für",
    confidence: 0.7,
  },
  {
    name: "warnen vor",
    verb: /^(warnt|warnen|warnte|warnten|gewarnt)$/,
    through: /^vor$/i,
    noun: "Warnung vor",
    confidence: 0.7,
  },
  // "Der Landkreistag kritisiert das Gesetz": the "Kritik an" the object's noun phrase.
  {
    name: "kritisieren",
    verb: /^(kritisiert|kritisieren|kritisierte|kritisierten)$/,
    noun: "Kritik an",
    confidence: 0.7,
  },
  {
    name: "Pläne vorstellen",
    verb: /^(stellt|stellen|stellte|stellten|legt|legen|legte|legten)$/,
    particle: /^vor$/,
    object: PLANS,
    noun: "",
    confidence: 0.75,
  },
  {
    name: "Pläne vorgestellt",
    verb: /^(vorgestellt|vorgelegt|präsentiert|präsentierte|präsentierten)$/,
    object: PLANS,
    noun: "",
    confidence: 0.75,
  },
];

/** "fordert den Bundesrat auf, dem Gesetz nicht zuzustimmen": who is called on, then to do what. */
function summoned(clause: Clause, frame: Frame, noun: string): string {
  const addressees = clause.children(frame.verb, /^obj$/);
  const task = clause.children(frame.verb, /^(xcomp|ccomp)$/)[0];
  if (addressees.length !== 1 || !task) return "";
  const whom = clause.runs(clause.subtree(addressees[0]!.index, (t) => /^(acl|punct|appos)/.test(t.dep)));
  const what = bareInfinitive(textOf(clause, withoutArguments(clause, task.index)));
  return what ? `${noun} ${whom}, ${what}` : "";
}

function position(clause: Clause, frame: Frame): string {
  const rule = frame.rule as PositionRule;
  if (rule.notParticle?.test(clause.particle(frame.verb) ?? "")) return "";
  if (rule.summons) return summoned(clause, frame, rule.noun);
  const objects = rule.through
    ? clause
        .children(frame.verb, /^obl/)
        .filter((t) => clause.children(t.index, /^case$/).some((c) => rule.through!.test(c.word)))
    : [
        ...clause.children(frame.verb, /^obj$/),
        // (the subject the parser took for one where the object comes first: swappedActive)
        ...frame.objects
          .map((i) => clause.tokens[i]!)
          .filter((t) => t.dep === "nsubj" && t.head === frame.verb),
      ];
  if (objects.length === 0 && rule.clauseNoun) return demanded(clause, frame.verb, rule.clauseNoun);
  if (objects.length !== 1 || !/^(NOUN|PROPN)$/.test(objects[0]!.pos)) return "";
  if (rule.object && !rule.object.test(objects[0]!.word)) return "";
  // "begrüßte den neuen CIO", "begrüßt die Gäste", "drei neue Mitglieder begrüßen", "begrüßt X
  // als neue Mitglieder", "begrüßt X in seinen Reihen": a greeting, no position.
  const welcomedAs = clause
    .children(frame.verb, /^obl/)
    .some(
      (t) =>
        (WELCOMED.test(t.word) && clause.hasCase(t.index, "als")) ||
        (t.word === "Reihen" && clause.hasCase(t.index, "in")),
    );
  if (namesPerson(clause, objects[0]!.index) || WELCOMED.test(objects[0]!.word) || welcomedAs) return "";
  const phrase = nounPhrase(clause, objects[0]!.index, frame.verb);
  return phrase ? `${rule.noun} ${phrase}`.trim() : "";
}

/** "fordert, dass der Bund die Kosten trägt": the "dass" clause as written, after the position's noun. */
function demanded(clause: Clause, verb: number, noun: string): string {
  const that = clause
    .children(verb, /^ccomp$/)
    .find((t) => clause.children(t.index, /^mark$/).some((m) => /^dass$/i.test(m.word)));
  if (!that) return "";
  const words = clause.subtree(that.index, (t) => t.head === that.index && /^(mark|punct)$/.test(t.dep));
  const text = textOf(clause, words);
  return text ? `${noun}, dass ${text}` : "";
}

export function announceRules(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const clause = new Clause(sentence);
  const found: { actors: number[]; text: string; confidence: number; rule: string; named?: boolean }[] = [];
  for (const frame of findFrames(clause, ANNOUNCE_RULES))
    if (!frame.passive)
      found.push({
        actors: frame.actors,
        text: announced(clause, frame),
        confidence: frame.rule.confidence,
        rule: `announces:${frame.rule.name}`,
      });
  const isActor = (i: number) => actorOf(clause, i) !== undefined;
  // ("forderten die Länder den Bund auf": who is called on is the object, whatever the subject is.)
  const read = (f: Frame) => ((f.rule as PositionRule).summons ? f : swappedActive(f, isActor));
  for (const frame of findFrames(clause, POSITION_RULES).map(read))
    if (!frame.passive && !clause.isIntended(frame.verb))
      found.push({
        actors: frame.actors,
        text: position(clause, frame),
        confidence: frame.rule.confidence,
        rule: `announces:${frame.rule.name}`,
        named: true,
      });
  // "Ziel des Landes ist es, ... anzubieten": the goal of a named actor (or the Land last named), for review.
  for (const { verb, actor } of statedGoals(clause))
    found.push({
      actors: [actor],
      text: bareInfinitive(textOf(clause, withoutArguments(clause, verb))),
      confidence: 0.7,
      rule: "announces:goal",
    });
  // "Laut Kristina Sinemus soll das Portal im Herbst starten": the source's plan, the subject part of it.
  for (const { verb, actor, phrase } of reportedPlans(clause))
    found.push({
      actors: [actor],
      text: textOf(
        clause,
        clause.subtree(verb, (t) => t.index === phrase || (t.head === verb && /^(aux|punct)/.test(t.dep))),
      ),
      confidence: INTENTION_CONFIDENCE,
      rule: "announces:reported",
      named: true,
    });
  // "Thüringen will ... anbieten": a named actor's intention, where no verb above names the plan.
  if (found.length === 0)
    for (const { verb, actor } of intendedVerbs(clause))
      found.push({
        // "Bund, Länder und Kommunen wollen bis 2022 ...": every conjunct intends it.
        actors: clause.withConjuncts(actor),
        text: textOf(clause, withoutArguments(clause, verb)),
        confidence: INTENTION_CONFIDENCE,
        rule: "announces:intention",
        named: true,
      });
  const facts: Fact[] = [];
  for (const { actors, text, confidence, rule, named: mustBeNamed } of found) {
    // "Bund und Länder planen": each conjunct the gazetteer knows announces (the Länder beside the Bund as one actor); an unknown one lowers the confidence.
    const named = actors.map((i) => actorOf(clause, i));
    const mentions = named.filter((m) => m !== undefined);
    const partial = mentions.length < named.length ? 0.05 : 0;
    if (!text || !saysWhat(text)) continue;
    for (const mention of mentions) {
      if (mustBeNamed && mention.form === "anaphor") continue;
      const indirect = mention.form === "anaphor" || mention.form === "collective";
      facts.push(
        makeFact(
          {
            type: "announces",
            subject: mention.entity,
            text,
            confidence: (indirect ? confidence - 0.1 : confidence) - partial,
            rule,
          },
          sentence,
          analyzed.item,
          chooseTime(sentence, false),
          true,
        ),
      );
    }
  }
  return facts;
}

/**
 * Whether a plan's text says what is planned: "Bis Ende des Jahres nachziehen" names nothing but
 * a time and a verb (the plan is another's, said before).
 */
function saysWhat(text: string): boolean {
  return text
    .split(/\s+/)
    .slice(0, -1)
    .some((word) => !isTimeWord(word));
}

/** The named actor of a nominal, or the Länder beside the Bund (for review). */
function actorOf(clause: Clause, index: number): { entity: KnownEntity; form: string } | undefined {
  const mention = clause.actorAt(index);
  if (mention) return mention;
  const collective = collectiveActor(clause, index);
  return collective ? { entity: collective, form: "collective" } : undefined;
}
