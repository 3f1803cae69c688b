/**
 * announces from the dependency parse: an actor states a plan. The text of the fact is what is
 * announced, kept short and in the source's words: the object of "plant" or "kündigt ... an"
 * (up to its first comma), or the clause they govern without its subject.
 *   "Bund und Länder planen eine Integration der Wallet"  -> Bund, "eine Integration der Wallet"
 *   "Die Stadt kündigte an, alle Dienste digital anzubieten"
 * A negated verb ("plant keine ...") states nothing. "will" alone counts only with a target
 * time (intention-rules.ts): on real news what it governs is too often a step of a meeting, not
 * a plan. A position ("fordert", "begrüßt", "warnt vor", "appelliert an", "empfiehlt") is named
 * as one (position-rules.ts: "Forderung nach ...", "Appell an X, ... zu ..."), a plan in reported
 * speech is the speaker's (speaker-plans.ts).
 */
import type { Fact } from "../../model/fact.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { chooseTime, makeFact } from "./build.js";
import { Clause } from "./clause.js";
import { collectiveActor } from "./collective-actors.js";
import { newOrganizationAt } from "./new-organizations.js";
import { withNameConjuncts } from "./name-conjuncts.js";
import { bareInfinitive } from "./decided-text.js";
import { findFrames, type Frame, type VerbRule } from "./frames.js";
import { position, positionFrames } from "./position-rules.js";
import { FILLER, reportedPlans, SPEAKER_CONFIDENCE, spokenPlans } from "./speaker-plans.js";
import { INTENTION_CONFIDENCE, intendedVerbs, statedGoals } from "./intention-rules.js";
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
  const infinitive = /^(xcomp|acl|csubj)$/.test(clause.tokens[verb]!.dep);
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
  if (object.dep === "obj")
    return textOf(
      clause,
      clause.subtree(object.index, (t) => /^(acl|punct)/.test(t.dep)),
    );
  return bareInfinitive(textOf(clause, withoutArguments(clause, object.index)));
}

export function announceRules(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const clause = new Clause(sentence);
  const found: { actors: number[]; text: string; confidence: number; rule: string; named?: boolean }[] = [];
  for (const frame of findFrames(clause, ANNOUNCE_RULES))
    if (!frame.passive)
      found.push({
        actors: withNameConjuncts(clause, frame.actors),
        text: announced(clause, frame),
        confidence: frame.rule.confidence,
        rule: `announces:${frame.rule.name}`,
      });
  for (const frame of positionFrames(clause, (i) => actorOf(clause, i) !== undefined))
    found.push({
      actors: withNameConjuncts(clause, frame.actors),
      text: position(clause, frame, (keep) => textOf(clause, keep)),
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
  // "„Wir werden ... anbieten“, sagte X": the speaker's plan, for review.
  const named = (i: number) => {
    const actor = actorOf(clause, i);
    return actor !== undefined && actor.form !== "anaphor";
  };
  for (const { speaker, text } of [...spokenPlans(clause, named), ...reportedPlans(clause, named)])
    found.push({
      actors: [speaker],
      text,
      confidence: SPEAKER_CONFIDENCE,
      rule: "announces:speaker",
      named: true,
    });
  // "Thüringen will ... anbieten": a named actor's intention, where no verb above names the plan.
  if (found.length === 0)
    for (const { verb, actor } of intendedVerbs(clause))
      found.push({
        actors: [actor],
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
    if (!text) continue;
    for (const mention of mentions) {
      if (mustBeNamed && mention.form === "anaphor") continue;
      facts.push(
        makeFact(
          {
            type: "announces",
            subject: mention.entity,
            text,
            confidence:
              (mention.form === "anaphor" ? confidence - 0.1 : confidence) - partial - (mention.penalty ?? 0),
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
 * The named actor of a nominal; the Länder beside the Bund (for review); an organisation the
 * gazetteer does not know, named by its phrase (less sure).
 */
function actorOf(
  clause: Clause,
  index: number,
): { entity: KnownEntity; form: string; penalty?: number } | undefined {
  const mention = clause.actorAt(index);
  if (mention) return mention;
  const collective = collectiveActor(clause, index);
  if (collective) return { entity: collective, form: "anaphor" };
  const organization = newOrganizationAt(clause, index);
  return organization ? { entity: organization, form: "phrase", penalty: 0.1 } : undefined;
}
