/** Shared helpers of the fact patterns: who may act, which time applies, how a Fact is made. */
import type { EntityRef, Fact } from "../../model/fact.js";
import type { FactType } from "../../model/vocabulary.js";
import type { TimeExpression } from "../dates/find-times.js";
import type { Mention } from "../entities/mentions.js";
import type { KnownEntity, RawItem } from "../types.js";
import type { AnalyzedSentence } from "./analyze.js";

/** Facts below this confidence wait for review instead of entering the graph. */
export const REVIEW_THRESHOLD = 0.8;

export const ACTOR_TYPES = new Set([
  "State",
  "Federation",
  "Organization",
  "Person",
  "County",
  "Municipality",
]);

export function ref(entity: KnownEntity): EntityRef {
  return { id: entity.id, name: entity.name, type: entity.type };
}

export function isActor(mention: Mention): boolean {
  return ACTOR_TYPES.has(mention.entity.type) && mention.form !== "partial";
}

export function actors(sentence: AnalyzedSentence): Mention[] {
  return sentence.mentions.filter(
    (m) => isActor(m) && !(m.form === "adjective" && m.entity.type !== "State"),
  );
}

export function projects(sentence: AnalyzedSentence): Mention[] {
  return sentence.mentions.filter((m) => m.entity.type === "Project" && m.form !== "partial");
}

/** Where the first match of a cue is, or -1. */
export function cueIndex(sentence: AnalyzedSentence, cue: RegExp): number {
  const match = cue.exec(sentence.text);
  return match ? match.index : -1;
}

/** The agent of a passive ("vom Land Brandenburg vorangetrieben", "wird vom Deutschen Landkreistag unterstützt"). */
export function passiveAgent(sentence: AnalyzedSentence, near: number): Mention | undefined {
  const agents = actors(sentence).filter(
    (m) =>
      /^(vom|von|durch)$/i.test(sentence.words[m.first - 1] ?? "") ||
      (/^(vom|von|durch)$/i.test(sentence.words[m.first - 2] ?? "") &&
        /^(der|dem|den|die|das)$/i.test(sentence.words[m.first - 1] ?? "")),
  );
  if (agents.length === 0) return undefined;
  return agents.reduce((best, m) => (Math.abs(m.start - near) < Math.abs(best.start - near) ? m : best));
}

/** A year the parse hangs on a verb as its adverbial ("der 2009 in den Landtag gewählt wurde"). */
function datesVerb(sentence: AnalyzedSentence, index: number): boolean {
  const tokens = sentence.parse.tokens;
  const year = tokens.find((t) => t.start === index);
  const head = year && year.head >= 0 ? tokens[year.head] : undefined;
  return year?.dep === "obl" && head !== undefined && /^(VERB|AUX)$/.test(head.pos) && head.dep !== "amod";
}

/**
 * The time a fact holds for: a framed expression ("Im Jahr 2025", "seit 2019", a day, a year
 * opening the sentence: "2013 hatte der Rat ... beschlossen", a year the parse hangs on the verb:
 * "der 2009 in den Landtag gewählt wurde") over a bare year number inside a
 * phrase ("Die 2021 auf den Weg gebrachte Offensive").
 */
export function chooseTime(sentence: AnalyzedSentence, allowBareYear: boolean): TimeExpression | undefined {
  const framed = sentence.times.find(
    (t) => !/^\d{4}$/.test(t.text) || t.kind !== "point" || t.index === 0 || datesVerb(sentence, t.index),
  );
  if (framed) return framed;
  return allowBareYear ? sentence.times[0] : undefined;
}

/** Which rule made a fact ("office:copula", "word:funds"): for measuring each rule's precision. */
export const RULE_OF = new WeakMap<Fact, string>();

export interface FactParts {
  type: FactType;
  subject: KnownEntity;
  object?: KnownEntity;
  proposer?: KnownEntity;
  role?: string;
  text?: string;
  amount?: number;
  count?: number;
  countUnit?: string;
  confidence: number;
  rule?: string;
}

/** A Fact with its time: the sentence's time expression, or the publication year when `yearByDefault`. */
export function makeFact(
  parts: FactParts,
  sentence: AnalyzedSentence,
  item: RawItem,
  time: TimeExpression | undefined,
  yearByDefault: boolean,
): Fact {
  const fact: Fact = {
    type: parts.type,
    subject: ref(parts.subject),
    quote: sentence.text,
    confidence: Math.round(parts.confidence * 100) / 100,
  };
  if (parts.object) fact.object = ref(parts.object);
  if (parts.proposer) fact.proposer = ref(parts.proposer);
  if (parts.role) fact.role = parts.role;
  if (parts.text) fact.text = parts.text;
  if (parts.amount !== undefined) fact.amount = parts.amount;
  if (parts.count !== undefined) fact.count = parts.count;
  if (parts.countUnit) fact.countUnit = parts.countUnit;
  RULE_OF.set(fact, parts.rule ?? `word:${parts.type}`);
  if (time) {
    setTime(fact, time);
  } else if (yearByDefault && item.publishedAt) {
    fact.year = Number(item.publishedAt.slice(0, 4));
    fact.precision = "year";
  }
  return fact;
}

/** A fact's time from an expression: "seit" starts it, "bis" ends it, a range does both, else a point. */
export function setTime(fact: Fact, time: TimeExpression): void {
  fact.year = time.year;
  fact.precision = time.precision;
  if (time.kind === "since" || time.kind === "range") fact.from = time.start;
  if (time.kind === "until" || time.kind === "range") fact.to = time.end;
  if (time.kind === "point" && time.precision !== "year") fact.date = time.start;
}

/** A word rule's facts when the parse rules found none in the sentence: word order is a weaker cue. */
export const WORD_RULE_PENALTY = 0.25;

export function weakened(facts: Fact[], penalty = WORD_RULE_PENALTY): Fact[] {
  return facts.map((fact) => {
    const weaker = { ...fact, confidence: Math.round((fact.confidence - penalty) * 100) / 100 };
    RULE_OF.set(weaker, RULE_OF.get(fact) ?? `word:${fact.type}`);
    return weaker;
  });
}

/** Facts of the parse rules' claims (memberOf, participatesIn, adopts), timed like the word rules' facts. */
export function claimFacts(
  claims: {
    type: FactType;
    subject: KnownEntity;
    object?: KnownEntity;
    proposer?: KnownEntity;
    text?: string;
    confidence: number;
    rule: string;
  }[],
  sentence: AnalyzedSentence,
  item: RawItem,
  time: TimeExpression | undefined,
  yearByDefault: boolean,
): Fact[] {
  return claims.map((claim) => {
    const parts: FactParts = {
      type: claim.type,
      subject: claim.subject,
      confidence: claim.confidence,
      rule: claim.rule,
    };
    if (claim.object) parts.object = claim.object;
    if (claim.text) parts.text = claim.text;
    if (claim.proposer) parts.proposer = claim.proposer;
    return makeFact(parts, sentence, item, time, yearByDefault);
  });
}

/** The words of a clause from `from` to the sentence end, without the closing verb and punctuation. */
export function clauseText(sentence: AnalyzedSentence, from: number): string {
  return sentence.text
    .slice(from)
    .replace(/[.!?"]+$/, "")
    .replace(/\s+(zugestimmt|beschlossen|verabschiedet|unterzeichnet|getroffen|angenommen|vereinbart)$/, "")
    .trim();
}
