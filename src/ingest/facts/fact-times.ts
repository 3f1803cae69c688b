/**
 * The time of a fact its rule left undated, read from the fact's own sentence by its type:
 *   holdsOffice, memberOf  "seit 2019" -> from, "bis Ende 2025" -> to, "von 2014 bis 2015" -> both
 *                          (never a time inside a clause of purpose: "um ab Januar 2017 ... aufzubauen",
                          nor one of a plan not a person's: "Bayern will bis Ende 2026 ... anbieten");
 *                          a point only with a verb that starts it ("im Januar 2019 zum CIO
 *                          ernannt", "2009 in den Landtag gewählt", "Mit dem 1. September 2020
 *                          wird er ... antreten") -> from; a membership "ab sofort", "neues
 *                          Mitglied" starts at the news day
 *   succeeds               the point or start of the change ("Seit Anfang November 2025 ... folgt auf")
 *   chairs                 the sentence's time, a bare year included ("Die Vorsitzende im
 *                          Konstituierungsjahr 2010"), else the news day's year or the
 *                          lead's first year (news-day.ts);
 *                          a chair "für ein Jahr" is a chair of that year
 *   usesService            "ab sofort", "seit heute" -> from the news day
 * An office "bislang", "bisher" or "zuletzt" held ends at the start the sentence names for another
 * ("Zum 1. September übernimmt X, bislang Leiterin der Pressestelle, das neue Amt"); no start of its own.
 * An office ends at the time of a retirement or departure of its holder, the person named last
 * before the cue ("Hartmut Beuß, der sich zum 31. August 2020 in den Ruhestand verabschiedet").
 * A start the rules set to the news day ("ist neuer CIO", "wurde ernannt") gives way to a day or
 * month the sentence names. The news day (news-day.ts) is the publication day, or on an undated
 * page the first day or month its lead names.
 */
import type { Fact } from "../../model/fact.js";
import type { TimeExpression } from "../dates/find-times.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { chooseTime, RULE_OF, setTime } from "./build.js";
import { newsDay, newsTime } from "./news-day.js";

/**
 * Verbs and phrases that begin an office or a membership at the time the sentence names. (Bounded
 * by letters, not \b: \b knows only ASCII letters, and never stands before "übernimmt".)
 */
const STARTS =
  /(?<!\p{L})(ernannt|ernennt|berufen|beruft|bestellt|bestellte|gewählt|wählte|übernimmt|übernehme|übernahm|übernommen|angetreten|antreten|tritt|trete|trat|eingetreten|beigetreten|aufgenommen|wurde|wird|begann|beginnt|wechselt|wechselte|Wirkung)(?!\p{L})/u;

/** Words that end an office: retirement and departure. */
const ENDS = /(?<!\p{L})(Ruhestand|ausgeschieden|scheidet|schied|verlässt|verließ|verlassen)(?!\p{L})/u;

const hasTime = (fact: Fact) =>
  fact.year !== undefined || fact.date !== undefined || fact.from !== undefined || fact.to !== undefined;

/**
 * Whether the time at character `index` stands in a clause of purpose ("um ab Januar 2017 die FITKO
 * aufzubauen"): it dates what is to be done, not an office or a membership outside the clause.
 */
function inPurposeClause(sentence: AnalyzedSentence, index: number): boolean {
  const tokens = sentence.parse.tokens;
  let at = tokens.find((t) => t.start === index)?.index ?? -1;
  for (let hops = 0; at >= 0 && hops < 6; hops += 1) {
    if (tokens.some((t) => t.head === at && t.dep === "mark" && /^um$/i.test(t.word))) return true;
    at = tokens[at]!.head;
  }
  return false;
}

/** Modals of a plan or a duty. */
const PLANNED = /^(will|wollen|wollte|wollten|soll|sollen|sollte|sollten)$/i;

/**
 * Whether the time at character `index` dates what someone other than a person plans ("Bayern will
 * bis Ende 2026 alle Leistungen digital anbieten, kündigte Digitalminister X an"): the deed's
 * time, not an office. ("X soll ab Januar Staatssekretär werden" plans the person's own office.)
 */
function inPlannedDeed(sentence: AnalyzedSentence, index: number): boolean {
  const tokens = sentence.parse.tokens;
  let at = tokens.find((t) => t.start === index)?.head ?? -1;
  while (at >= 0 && tokens[at]!.pos !== "VERB") at = tokens[at]!.head;
  if (at < 0 || !tokens.some((t) => t.head === at && /^aux/.test(t.dep) && PLANNED.test(t.word)))
    return false;
  const subjects = tokens.filter((t) => t.head === at && /^nsubj/.test(t.dep));
  const isPerson = (t: (typeof tokens)[number]) =>
    sentence.mentions.some((m) => m.entity.type === "Person" && m.start <= t.start && t.end <= m.end);
  return subjects.length > 0 && !subjects.some(isPerson);
}

/** The time of a period (office, membership), or undefined when the sentence only dates something else. */
function periodTime(sentence: AnalyzedSentence): TimeExpression | undefined {
  const own = sentence.times.filter(
    (t) => !inPurposeClause(sentence, t.index) && !inPlannedDeed(sentence, t.index),
  );
  const time = chooseTime(
    own.length === sentence.times.length ? sentence : { ...sentence, times: own },
    false,
  );
  if (!time) return undefined;
  if (time.kind !== "point") return time;
  if (!STARTS.test(sentence.text)) return undefined;
  return { ...time, kind: "since" };
}

/** Whether a start was set from the news day (news-day.ts), not from the fact's sentence. */
const startsAtNewsDay = (fact: Fact, day: TimeExpression | undefined) =>
  fact.from !== undefined && fact.from === day?.start && fact.to === undefined;

/** "X, der sich Ende Juli in den Ruhestand begeben hatte": the end of X's office, the time nearest the cue. */
function endTime(fact: Fact, sentence: AnalyzedSentence): TimeExpression | undefined {
  const cue = ENDS.exec(sentence.text);
  if (!cue || sentence.times.length === 0) return undefined;
  const leaving = sentence.mentions.filter((m) => m.entity.type === "Person" && m.start < cue.index).at(-1);
  if (leaving?.entity.id !== fact.subject.id) return undefined;
  const nearest = sentence.times.reduce((best, t) =>
    Math.abs(t.index - cue.index) < Math.abs(best.index - cue.index) ? t : best,
  );
  return { ...nearest, kind: "until" };
}

const ONE_YEAR = /\bfür (ein|das) Jahr\b/;

const yearOf = (time: TimeExpression): TimeExpression => ({
  ...time,
  kind: "point",
  start: `${time.year}-01-01`,
  end: `${time.year}-12-31`,
  precision: "year",
});

/** "ist neues Mitglied", "gehört ab sofort ... an": the membership starts at the news day. */
const JOINS_NOW =
  /\b(ab sofort|neues Mitglied|neuen Mitglied|neue Mitglieder|neuen Mitglieder|neu aufgenommen)\b/;

function timeOf(fact: Fact, sentence: AnalyzedSentence, analyzed: AnalyzedItem): TimeExpression | undefined {
  switch (fact.type) {
    case "holdsOffice":
      return ENDS.test(sentence.text) ? endTime(fact, sentence) : periodTime(sentence);
    case "memberOf":
      return periodTime(sentence) ?? (JOINS_NOW.test(sentence.text) ? newsDay(analyzed) : undefined);
    case "succeeds": {
      const time = chooseTime(sentence, false);
      return time && (time.kind === "point" || time.kind === "since")
        ? { ...time, kind: "point" }
        : undefined;
    }
    case "chairs": {
      // Who handed the chair over held it before the time the sentence names.
      if (RULE_OF.get(fact) === "chair:hand-over-giver") return undefined;
      const news = newsTime(analyzed);
      const time = chooseTime(sentence, true) ?? (news && yearOf(news));
      // "seit Januar 2019 ... für ein Jahr als Vorsitzender": a one-year chair is a chair of that year.
      return time && ONE_YEAR.test(sentence.text) ? yearOf(time) : time;
    }
    default:
      return undefined;
  }
}

/** "ab sofort", "seit heute": a use that starts on the news day. */
const STARTS_NOW = /(?<!\p{L})(ab sofort|ab heute|seit heute)(?!\p{L})/iu;

/**
 * "Ab sofort können Bürger in A und B ... online stellen": a use that starts now starts on the
 * news day, where the sentence names no other time (its rule gave it the publication year).
 */
function startsNow(fact: Fact, sentence: AnalyzedSentence, day: TimeExpression | undefined): boolean {
  if (fact.type !== "usesService" || !STARTS_NOW.test(sentence.text) || sentence.times.length > 0)
    return false;
  if (!day || fact.date || fact.from || fact.to) return false;
  setTime(fact, day);
  return true;
}

/** Words that mark an office as the one left by the change the sentence tells. */
const FORMER = /(?<!\p{L})(bislang|bisher|bisherige[rn]?|zuletzt)\s+(?:\p{L}+\s+)?$/u;

/**
 * "Zum 1. September 2025 übernimmt Anke Pörksen, bislang Leiterin der Pressestelle, das neue
 * Amt": the office "bislang" held ends when the new one starts, at the time the sentence names
 * (not a start of its own); without a time, it stays undated.
 */
function endsFormerOffice(fact: Fact, sentence: AnalyzedSentence): boolean {
  if (fact.type !== "holdsOffice" || !fact.role) return false;
  const at = sentence.text.indexOf(fact.role.split(" ")[0]!);
  if (at <= 0 || !FORMER.test(sentence.text.slice(Math.max(0, at - 40), at))) return false;
  for (const key of ["date", "from", "to", "year", "precision"] as const) delete fact[key];
  const time = STARTS.test(sentence.text) ? chooseTime(sentence, false) : undefined;
  if (time && (time.kind === "point" || time.kind === "since"))
    setTime(fact, { ...time, kind: "until", end: time.start });
  return true;
}

/** Dates the facts of one sentence that their rules left without a time. */
export function timeFacts(facts: Fact[], sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const day = newsDay(analyzed);
  for (const fact of facts) {
    if (startsNow(fact, sentence, day) || endsFormerOffice(fact, sentence)) continue;
    if (fact.type === "chairs" && fact.from && !fact.to && ONE_YEAR.test(sentence.text)) {
      // The chair rules dated it from a start: a one-year chair is a chair of that year.
      delete fact.from;
      delete fact.date;
      fact.precision = "year";
      continue;
    }
    const replaceable = startsAtNewsDay(fact, day);
    if (hasTime(fact) && !replaceable) continue;
    const time = timeOf(fact, sentence, analyzed);
    if (!time || (replaceable && time.precision === "year")) continue;
    delete fact.from;
    setTime(fact, time);
  }
  return facts;
}
