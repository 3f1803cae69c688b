/**
 * announces: a plan stated in reported speech belongs to the one who states it.
 *   "„Wir werden bis 2025 alle Leistungen online anbieten“, sagte Ministerin Anna Keller."
 *   "Der Rat wird die Registermodernisierung vorantreiben, betonte Markus Richter."
 * The speaker (the subject of "sagte", "betonte", "erklärte", "versprach", "kündigte an", a
 * person or organisation the item names, no pronoun) announces what the quoted clause will
 * do: its verb governed by "wird"/"werden"/"will"/"wollen", with an object, and a subject that
 * is the speaker's side ("wir", "ich") or a named actor; a prediction about a thing ("Die
 * Digitalisierung wird die Verwaltung verändern") is no plan. The text is the verb's phrase
 * without its subject and auxiliaries, as written. For review: a quote is not always a
 * commitment.
 */
import type { ParseToken } from "../parse/align.js";
import type { Clause } from "./clause.js";

const SPEECH =
  /^(sagt|sagte|sagten|betont|betonte|betonten|erklärt|erklärte|erklärten|unterstrich|unterstreicht|versprach|verspricht|bekräftigt|bekräftigte|kündigt|kündigte|kündigten)$/;
const INTENDING = /^(will|wollen|wird|werden)$/i;
const FIRST_PERSON = /^(wir|ich)$/i;
/** Verbs whose "wird" says nothing of a plan. */
const NOT_PLANNED =
  /^(sein|haben|werden|sagen|geben|bleiben|wissen|können|müssen|lassen|kosten|brauchen|dauern|zeigen)$/;
/** Adverbs that say when or how surely, not what: left out of an announced text. */
export const FILLER =
  /^(künftig|bereits|auch|nun|jetzt|noch|schon|dann|zudem|außerdem|weiterhin|bald|ebenfalls|zunächst)$/i;
export const SPEAKER_CONFIDENCE = 0.65;

export interface SpokenPlan {
  /** The nominal of the speaker. */
  speaker: number;
  text: string;
}

/** The speaker of a speech verb conjoined to or governing the plan: its subject, or the name the parser made its object. */
function speakerOf(
  clause: Clause,
  speech: ParseToken,
  isNamed: (index: number) => boolean,
): number | undefined {
  if (speech.word.startsWith("kündig") && clause.particle(speech.index) !== "an") return undefined;
  return clause
    .children(speech.index, /^(nsubj|obj)$/)
    .find((t) => t.index > speech.index && isNamed(t.index))?.index;
}

function isInfinitive(token: ParseToken): boolean {
  return token.pos === "VERB" && /(en|ern|eln)$/.test(token.word) && !/^ge/.test(token.word);
}

/** The plan's words: the verb's phrase without its subject, auxiliaries, the speech and fillers. */
function planText(clause: Clause, verb: number, subject: number | undefined, speech: number): string {
  const words = clause.subtree(
    verb,
    (t) =>
      t.index === speech ||
      t.index === subject ||
      (t.head === verb && /^(aux|punct|cc|conj|parataxis|advcl|discourse|mark)/.test(t.dep)) ||
      (t.head === verb && t.dep === "advmod" && FILLER.test(t.word)),
  );
  const kept = words.filter((i) => clause.tokens[i]!.pos !== "PUNCT");
  if (kept.length < 2 || kept.length > 14) return "";
  return clause.runs(kept);
}

export function spokenPlans(clause: Clause, isNamed: (index: number) => boolean): SpokenPlan[] {
  const plans: SpokenPlan[] = [];
  for (const speech of clause.tokens.filter((t) => SPEECH.test(t.word) && t.pos === "VERB")) {
    const speaker = speakerOf(clause, speech, isNamed);
    if (speaker === undefined) continue;
    // The plan is the verb the speech is conjoined to or hangs on as a parenthesis, or the quote the speech governs.
    const verb = /^(conj|parataxis)$/.test(speech.dep)
      ? clause.tokens[speech.head]
      : clause.children(speech.index, /^(ccomp|parataxis)$/)[0];
    if (!verb || verb.index > speech.index) continue;
    if (!isInfinitive(verb) || NOT_PLANNED.test(verb.word) || clause.isNegated(verb.index)) continue;
    const auxiliaries = clause.children(verb.index, /^aux/);
    if (!auxiliaries.some((a) => INTENDING.test(a.word))) continue;
    // The subject is the speaker's side or a named actor; any other nominal is the plan's object.
    const nominals = clause.children(verb.index, /^(nsubj|nsubj:pass|obj|expl)$/);
    const subject = nominals.find(
      (t) => /^(nsubj|expl)/.test(t.dep) && (FIRST_PERSON.test(t.word) || isNamed(t.index)),
    );
    if (!subject || !nominals.some((t) => t !== subject && /^(NOUN|PROPN)$/.test(t.pos))) continue;
    const text = planText(clause, verb.index, subject.index, speech.index);
    if (text) plans.push({ speaker, text });
  }
  return plans;
}
