/**
 * announces from a stated intention: a named actor "will" or "wird" do something by a set time
 * in the main clause ("Thüringen will bis 2025 alle Leistungen online anbieten", "Der Bund wird die
 * Plattform im Mai einführen"). The text is the verb's phrase without its subject and
 * auxiliaries, as written. Only a named actor (no pronoun or role noun: in a quote "wir wollen" is
 * the speaker's), never a passive ("wird ... gefördert"), a question, a meeting's agenda or taking up an office, and
 * only for review. Without a target time ("bis 2025", "ab Januar", "im Mai", "künftig") an intention was on
 * real news a step of a meeting, an office taken up or a headline, right in none of 6 cases.
 */
import type { ParseToken } from "../parse/align.js";
import type { Clause } from "./clause.js";

const INTENDING = /^(will|wollen|wollte|wollten|wird|werden)$/i;
/** Verbs whose "will"/"wird" says nothing of a plan: speech, being, having, taking up or filling an office. */
const NOT_PLANNED =
  /^(sein|haben|werden|sagen|erklären|betonen|sprechen|geben|bleiben|wissen|können|müssen|lassen|übernehmen|antreten|folgen|ablösen|wählen|ernennen|berufen|benennen)$/;
/** A target time: "bis 2025", "bis Ende des Jahres", "ab Januar", "spätestens 2026", "künftig". */
const TARGET_CASE = /^(bis|ab|spätestens)$/i;
const FUTURE_ADVERB = /^(künftig|zukünftig|spätestens|bald|demnächst)$/i;
/** A point in time the verb is to happen at: "im Mai", "2026", "im kommenden Jahr", "Ende 2025". */
const TIME_NOUN =
  /^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Frühjahr|Sommer|Herbst|Winter|Jahr|Jahren|Monaten|Jahresende|Quartal|Ende|Anfang|Mitte|(19|20)\d\d)$/;
const MAIN_CLAUSE = /^(root|ROOT|conj|parataxis)$/;
const SUBJECT_TYPES = /^(State|Federation|Organization|Person|Municipality|County)$/;
export const INTENTION_CONFIDENCE = 0.6;

/** The verbs of the sentence that a named actor intends, with the index of that actor. */
export function intendedVerbs(clause: Clause): { verb: number; actor: number }[] {
  const found: { verb: number; actor: number }[] = [];
  for (const token of clause.tokens) {
    if (token.pos !== "VERB" || !MAIN_CLAUSE.test(token.dep) || NOT_PLANNED.test(token.word)) continue;
    const auxiliaries = clause.children(token.index, /^aux/);
    // A future or an intention governs an infinitive, never a participle ("wird ... eingeführt");
    // before an infinitive the parser's "aux:pass" is a future ("wird die Stadt ... einführen").
    if (!auxiliaries.some((a) => INTENDING.test(a.word)) || !isInfinitive(token)) continue;
    // A plan names what is to be done: "wollen ... nachziehen" alone says too little.
    if (clause.children(token.index, /^(obj|ccomp|xcomp)$/).length === 0) continue;
    if (clause.isNegated(token.index) || clause.tokens.some((t) => t.word === "?")) continue;
    if (!hasTarget(clause, token.index) || isMeetingStep(clause, token.index)) continue;
    // "Thüringen und Bremen wollen ...": each named conjunct intends.
    const own = clause.arguments(token.index, /^nsubj(:pass)?$/);
    const onAuxiliary = auxiliarySubject(clause, auxiliaries);
    const subjects = own.length > 0 ? own : onAuxiliary ? clause.withConjuncts(onAuxiliary.index) : [];
    if (!verbSecond(clause, token.index, auxiliaries)) continue;
    for (const subject of subjects) {
      const mention = clause.actorAt(subject);
      if (!mention || mention.form === "anaphor" || !SUBJECT_TYPES.test(mention.entity.type)) continue;
      found.push({ verb: token.index, actor: subject });
    }
  }
  return found;
}

/**
 * A main clause has one phrase before its finite verb; two or more mean the parser joined a
 * heading to the sentence ("Eigene Verfahren Bis Ende des Jahres wollen ...").
 */
function verbSecond(clause: Clause, verb: number, auxiliaries: ParseToken[]): boolean {
  const finite = auxiliaries.find((a) => INTENDING.test(a.word))?.index ?? verb;
  const before = clause
    .children(verb)
    .filter((t) => !/^(punct|cc|aux)/.test(t.dep) && Math.max(...clause.subtree(t.index)) < finite);
  return before.length <= 1;
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

/**
 * "Ziel des Landes ist es, bis 2025 alle Leistungen online anzubieten": a goal named with its
 * owner, the goal the infinitive clause. Returns the infinitive and the owner's nominal.
 */
export function statedGoals(clause: Clause): { verb: number; actor: number }[] {
  return clause.tokens
    .filter((t) => /^(Ziel|Ziele)$/.test(t.word) && clause.children(t.index, /^cop$/).length > 0)
    .flatMap((goal) => {
      const owner = clause.children(goal.index, /^nmod/).find((t) => clause.actorAt(t.index) !== undefined);
      const infinitive = clause
        .children(goal.index, /^(csubj|ccomp|xcomp|acl)$/)
        .find(
          (t) =>
            t.pos === "VERB" && clause.children(t.index, /^mark$/).length + (/zu/.test(t.word) ? 1 : 0) > 0,
        );
      return owner && infinitive && !clause.isNegated(infinitive.index)
        ? [{ verb: infinitive.index, actor: owner.index }]
        : [];
    });
}
