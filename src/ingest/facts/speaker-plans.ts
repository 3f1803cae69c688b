/**
 * announces: a plan stated in reported speech belongs to the one who states it.
 *   "„Wir werden bis 2025 alle Leistungen online anbieten“, sagte Ministerin Anna Keller."
 *   "Der Rat wird die Registermodernisierung vorantreiben, betonte Markus Richter."
 *   "Markus Richter sagte: „Wir wollen die Registermodernisierung beschleunigen.“"
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
  // After the verb ("..., sagte X") as its subject or the name the parser made its object; before it only as the subject ("X sagte: ...").
  return clause
    .children(speech.index, /^(nsubj|obj)$/)
    .find((t) => (t.index > speech.index || t.dep === "nsubj") && isNamed(t.index))?.index;
}

function colonBetween(clause: Clause, from: number, to: number): boolean {
  return clause.tokens.slice(from + 1, to).some((t) => t.word === ":");
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
    // The quote stands before the speech, or after it behind a colon ("X sagte: „Wir werden ...“").
    if (!verb || (verb.index > speech.index && !colonBetween(clause, speech.index, verb.index))) continue;
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

/** Verbs that report what someone said or made known ("ankündigen" is a rule of its own). */
const REPORT =
  /^(sagt|sagte|sagten|betont|betonte|betonten|erklärt|erklärte|erklärten|versprach|verspricht|bekräftigt|bekräftigte|verkündet|verkündete|verkündeten|meldet|meldete|meldeten|gemeldet|teilt|teilte|teilten|mitgeteilt|gibt|gab|gaben|bekanntgegeben)$/;
/** The particle a reporting verb needs: "teilte ... mit", "gab ... bekannt". */
const REPORT_PARTICLE: [RegExp, RegExp][] = [
  [/^(teilt|teilte|teilten)$/, /^mit$/],
  [/^(gibt|gab|gaben)$/, /^bekannt$/],
];
/** What makes a reported clause a plan: a future or intention, or "künftig". */
const WILL = /^(wird|werden|werde|würde|würden|will|wollen|wolle|soll|sollen|solle)$/i;
const FUTURE = /^(künftig|zukünftig|demnächst)$/i;

/**
 * "Das Ministerium teilte mit, dass die Anträge künftig digital bearbeitet werden", "X erklärte,
 * dass Hessen die E-Akte bis 2024 einführen werde": the named reporter announces what the "dass"
 * clause says will be done (with a noun it is done to), without the clause's actor, auxiliaries
 * and fillers. A "dass" clause of what has happened reports no plan.
 */
export function reportedPlans(clause: Clause, isNamed: (index: number) => boolean): SpokenPlan[] {
  const plans: SpokenPlan[] = [];
  for (const report of clause.tokens.filter((t) => REPORT.test(t.word) && t.pos === "VERB")) {
    const particle = REPORT_PARTICLE.find(([verb]) => verb.test(report.word))?.[1];
    if (particle && !particle.test(clause.particle(report.index) ?? "")) continue;
    const holders = [report.index, ...clause.children(report.index, /^aux/).map((t) => t.index)];
    const speaker = holders
      .flatMap((i) => clause.children(i, /^nsubj$/))
      .find((t) => isNamed(t.index))?.index;
    if (speaker === undefined || clause.isNegated(report.index)) continue;
    for (const verb of clause.children(report.index, /^ccomp$/)) {
      if (!clause.children(verb.index, /^mark$/).some((m) => /^dass$/i.test(m.word))) continue;
      if (clause.isNegated(verb.index) || NOT_PLANNED.test(verb.word)) continue;
      const planned =
        clause.children(verb.index, /^aux/).some((a) => WILL.test(a.word)) ||
        clause.children(verb.index, /^advmod$/).some((a) => FUTURE.test(a.word));
      if (!planned) continue;
      // The clause's actor (a pronoun or a named actor) is left out; what is done to stays.
      const nominals = clause.children(verb.index, /^(nsubj|nsubj:pass|obj)$/);
      const actor = nominals.find((t) => t.pos === "PRON" || isNamed(t.index));
      if (!nominals.some((t) => t !== actor && /^(NOUN|PROPN)$/.test(t.pos))) continue;
      const text = planText(clause, verb.index, actor?.index, -1);
      if (text) plans.push({ speaker, text });
    }
  }
  return plans;
}
