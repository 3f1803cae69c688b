/**
 * announces from a stated intention: a named actor (a Land, the Bund, an organisation, a person,
 * a town or a county) "will" or "wird" do something by a set time in the main clause ("Thüringen
 * will bis 2025 alle Leistungen online anbieten", "Der Bund wird die Plattform im Mai einführen").
 * The text is the verb's phrase without its subject and auxiliaries, as written. Only a named actor (no pronoun or role noun: in a quote "wir wollen" is
 * the speaker's), never a passive ("wird ... gefördert"), a question, a meeting's agenda or taking up an office, and
 * only for review. Without a target time ("bis 2025", "ab Januar", "im Mai", "künftig") an intention was on
 * real news a step of a meeting, an office taken up or a headline, right in none of 6 cases.
 */
import type { ParseToken } from "../parse/align.js";
import { isRoleWord } from "../entities/people.js";
import type { Clause } from "./clause.js";

const INTENDING = /^(will|wollen|wollte|wollten|wird|werden)$/i;
/** Verbs whose "will"/"wird" says nothing of a plan: speech, being, having. */
const NOT_PLANNED =
  /^(sein|haben|werden|sagen|erklären|betonen|sprechen|geben|bleiben|wissen|können|müssen|lassen|übernehmen|antreten|folgen|ablösen)$/;
/** A target time: "bis 2025", "bis Ende des Jahres", "ab Januar", "spätestens 2026", "künftig". */
const TARGET_CASE = /^(bis|ab|spätestens)$/i;
const FUTURE_ADVERB = /^(künftig|zukünftig|spätestens|bald|demnächst)$/i;
/** A point in time the verb is to happen at: "im Mai", "2026", "im kommenden Jahr", "Ende 2025". */
const TIME_NOUN =
  /^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Frühjahr|Sommer|Herbst|Winter|Jahr|Jahresende|Quartal|Ende|Anfang|Mitte|(19|20)\d\d)$/;
const MAIN_CLAUSE = /^(root|ROOT|conj|parataxis)$/;
/** The small words of a target time around its nouns: "bis Ende des Jahres", "im kommenden Herbst". */
const TIME_FILLER = /^(im|in|am|zum|des|der|dieses|diesen|nächsten|kommenden|Jahres|Quartals)$/i;

/** Whether a word only says when: "bis", "Ende", "des", "Jahres", "künftig", "2026". */
export function isTimeWord(word: string): boolean {
  return TARGET_CASE.test(word) || FUTURE_ADVERB.test(word) || TIME_NOUN.test(word) || TIME_FILLER.test(word);
}

const SUBJECT_TYPES = /^(State|Federation|Organization|Person|Municipality|County)$/;
export const INTENTION_CONFIDENCE = 0.6;

/**
 * A main-clause infinitive under an auxiliary of `auxiliary` ("will", "soll"), active, not denied,
 * with a target time: a plan, whoever's it is.
 */
function plannedVerb(clause: Clause, token: ParseToken, auxiliary: RegExp): boolean {
  if (token.pos !== "VERB" || !MAIN_CLAUSE.test(token.dep)) return false;
  const auxiliaries = clause.children(token.index, /^aux/);
  if (!auxiliaries.some((a) => auxiliary.test(a.word)) || auxiliaries.some((a) => a.dep === "aux:pass"))
    return false;
  // A future or an intention governs an infinitive, never a participle ("wird ... eingeführt").
  return isInfinitive(token) && !clause.isNegated(token.index) && hasTarget(clause, token.index);
}

/** The verbs of the sentence that a named actor intends, with the index of that actor. */
export function intendedVerbs(clause: Clause): { verb: number; actor: number }[] {
  const found: { verb: number; actor: number }[] = [];
  for (const token of clause.tokens) {
    if (NOT_PLANNED.test(token.word) || !plannedVerb(clause, token, INTENDING)) continue;
    if (clause.tokens.some((t) => t.word === "?") || isMeetingStep(clause, token.index)) continue;
    if (inOffice(clause)) continue;
    const auxiliaries = clause.children(token.index, /^aux/);
    const subject = clause.children(token.index, /^nsubj$/)[0] ?? auxiliarySubject(clause, auxiliaries);
    if (!subject) continue;
    const mention = clause.actorAt(subject.index);
    if (!mention || mention.form === "anaphor" || !SUBJECT_TYPES.test(mention.entity.type)) continue;
    found.push({ verb: token.index, actor: subject.index });
  }
  return found;
}

/**
 * "Künftig werden sich A als Digitalisierungsbeauftragter und B als IT-Leiter um X kümmern": who
 * does what in an office, not a plan announced.
 */
function inOffice(clause: Clause): boolean {
  return clause.tokens.some(
    (t) => isRoleWord(t.word) && clause.children(t.index, /^case$/).some((c) => /^als$/i.test(c.word)),
  );
}

/** The verb names when the intention is to be done: a "bis"/"ab" time or a future adverb among its own dependents. */
function hasTarget(clause: Clause, verb: number): boolean {
  return clause
    .children(verb, /^(obl|advmod|nmod)/)
    .some(
      (t) =>
        FUTURE_ADVERB.test(t.word) ||
        (t.dep.startsWith("obl") && TIME_NOUN.test(t.word)) ||
        clause.children(t.index, /^(case|advmod)$/).some((c) => TARGET_CASE.test(c.word)),
    );
}

/** "wird in seiner Sitzung am 14. Dezember darüber beraten": an agenda, not a plan. */
const DELIBERATE =
  /^(beraten|entscheiden|abstimmen|befassen|tagen|diskutieren|verhandeln|beschließen|zusammenkommen)$/;
const MEETING = /^(Sitzung|Sitzungen|Tagung|Konferenz|Treffen|Plenarsitzung)$/;

function isMeetingStep(clause: Clause, verb: number): boolean {
  return (
    DELIBERATE.test(clause.tokens[verb]!.word) ||
    clause.children(verb, /^obl/).some((t) => MEETING.test(t.word))
  );
}

function isInfinitive(token: ParseToken): boolean {
  return /(en|ern|eln)$/.test(token.word) && !/^ge/.test(token.word);
}

/** The parser sometimes hangs the subject on the auxiliary. */
function auxiliarySubject(clause: Clause, auxiliaries: ParseToken[]): ParseToken | undefined {
  return auxiliaries.flatMap((a) => clause.children(a.index, /^nsubj$/))[0];
}

/** Verbs of saying that a stated goal may hang on. */
const SPEECH = /^(sagt|sagte|sagten|erklärt|erklärte|erklärten|betont|betonte|betonten|so)$/;

/**
 * "Ziel sei es, ..., sagte Anna Keller": the one who states the goal, the speech verb's subject
 * (or its object, as the parser may read the speaker after the verb).
 */
function speakerOf(clause: Clause, goal: ParseToken): ParseToken | undefined {
  const speech = clause.tokens[goal.head];
  if (!speech || !SPEECH.test(speech.word) || clause.isNegated(speech.index)) return undefined;
  return clause
    .children(speech.index, /^(nsubj|obj)$/)
    .find((t) => t.index !== goal.index && clause.actorAt(t.index) !== undefined);
}

/**
 * "Ziel des Landes ist es, bis 2025 alle Leistungen online anzubieten": a goal named with its
 * owner (or said by a speaker), the goal the infinitive clause. Returns the infinitive and the
 * owner's nominal.
 */
export function statedGoals(clause: Clause): { verb: number; actor: number }[] {
  return clause.tokens
    .filter((t) => /^(Ziel|Ziele)$/.test(t.word) && clause.children(t.index, /^cop$/).length > 0)
    .flatMap((goal) => {
      const owner =
        clause.children(goal.index, /^nmod/).find((t) => clause.actorAt(t.index) !== undefined) ??
        speakerOf(clause, goal);
      const infinitive = clause
        .children(goal.index, /^(csubj|ccomp|xcomp|acl)$/)
        .find(
          (t) =>
            t.pos === "VERB" && clause.children(t.index, /^mark$/).length + (/zu/.test(t.word) ? 1 : 0) > 0,
        );
      return owner && infinitive && !clause.isNegated(infinitive.index) && !clause.isNegated(goal.index)
        ? [{ verb: infinitive.index, actor: owner.index }]
        : [];
    });
}

const SHALL = /^(soll|sollen|sollte|sollten)$/i;
/** The nouns of a report: "nach Angaben von X", "nach den Worten des X", "nach Aussage von X". */
const REPORT = /^(Angaben|Worten|Aussage|Aussagen|Auskunft|Plänen)$/;

/** The named actor a source phrase on the verb names: "laut X", "nach Angaben von X / des X". */
function sourceOf(clause: Clause, verb: number): { actor: number; phrase: number } | undefined {
  for (const phrase of clause.children(verb, /^obl/)) {
    const laut = clause.hasCase(phrase.index, "laut");
    const report = REPORT.test(phrase.word) && clause.hasCase(phrase.index, "nach");
    const named = laut
      ? phrase
      : report
        ? clause.children(phrase.index, /^nmod/).find((t) => clause.actorAt(t.index) !== undefined)
        : undefined;
    const mention = named ? clause.actorAt(named.index) : undefined;
    if (mention && mention.form !== "anaphor" && SUBJECT_TYPES.test(mention.entity.type))
      return { actor: named!.index, phrase: phrase.index };
  }
  return undefined;
}

/**
 * "Laut Kristina Sinemus soll das Portal im Herbst starten", "Das Portal soll nach Angaben des
 * Ministeriums bis Ende 2025 starten": a plan reported from a named source, by a target time, is
 * the source's announcement. Returns the verb, the source's nominal and the source phrase (no part
 * of what is planned).
 */
export function reportedPlans(clause: Clause): { verb: number; actor: number; phrase: number }[] {
  return clause.tokens.flatMap((token) => {
    if (!plannedVerb(clause, token, SHALL)) return [];
    const source = sourceOf(clause, token.index);
    return source ? [{ verb: token.index, ...source }] : [];
  });
}
