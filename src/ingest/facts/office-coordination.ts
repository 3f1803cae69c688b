/**
 * Two roles of one person joined by "und" or "sowie": "Klaus Vitt, Staatssekretär im
 * Bundesministerium des Innern und Beauftragter der Bundesregierung für Informationstechnik",
 * "Der IT-Bevollmächtigte der Landesregierung und CIO (Chief Information Officer), Dr. Horst Baier".
 * The parser often hangs the second role on the first one's ministry or Land, so the rule reads
 * the word order: a role right after "und" has the person of the role whose phrase the "und"
 * ends, and a role right before "und" the person of the role after it, or of the name right
 * after a profession there ("der früheren Staatssekretärin und Unternehmensberaterin X").
 */
import type { View } from "../parse/view.js";
import type { Found, LinkRule } from "./office-rules.js";
import { phraseEndWithParenthesis, roleStart } from "./office-phrase.js";

const AND = /^(und|sowie)$/;
/** How sure a role joined to a profession before the name is: for review. */
const PROFESSION_CONFIDENCE = 0.7;
/** Words a role phrase may hold between its role and the "und": "im Bundesministerium des Innern". */
const REACH = 10;

/** Nothing between the two roles that would start another clause or name another person. */
function joinedPhrase(from: number, to: number, view: View): boolean {
  for (let at = from; at < to; at += 1) {
    const token = view.tokens[at]!;
    if (token.word === "," || token.pos === "VERB" || token.pos === "AUX" || view.personAt(at)) return false;
  }
  return true;
}

/** Adjectives and articles before a role: "und stellvertretender Abteilungsleiter", "und der CIO". */
function skipModifiers(at: number, step: 1 | -1, view: View): number {
  while (view.tokens[at] && /^(ADJ|DET)$/.test(view.tokens[at]!.pos)) at += step;
  return at;
}

export const COORDINATED: LinkRule = {
  name: "coordinated",
  confidence: 0.05,
  find(role, view, linked) {
    const use = (other: Found): Found => ({
      person: other.person,
      confidence: other.confidence - this.confidence,
      starts: other.starts,
    });
    // After "und": the nearest linked role before it, its phrase reaching up to the "und".
    // ("zur Staatssekretärin für Digitales und zum Chief Information Officer (CIO) berufen": over
    // the appointment's "zu" too.)
    let and = skipModifiers(roleStart(role, view) - 1, -1, view);
    if (/^(zu|zum|zur)$/i.test(view.tokens[and]?.word ?? "")) and -= 1;
    if (AND.test(view.tokens[and]?.word ?? "")) {
      for (let other = and - 1; other >= Math.max(0, and - REACH); other -= 1) {
        const found = linked.get(other);
        if (found && joinedPhrase(other + 1, and, view)) return use(found);
      }
    }
    // Before "und": the role right after it.
    const end = phraseEndWithParenthesis(role, view);
    if (AND.test(view.tokens[end + 1]?.word ?? "")) {
      const next = skipModifiers(end + 2, 1, view);
      for (let other = next; other < Math.min(view.tokens.length, next + 4); other += 1) {
        const found = linked.get(other);
        if (found && joinedPhrase(end + 2, other, view)) return use(found);
      }
      // "der früheren Verteidigungsstaatssekretärin und ehemaligen Unternehmensberaterin Katrin
      // Suder": a noun that is no office (a profession) right before the name.
      const described = view.tokens[next];
      const person = view.personAt(next + 1);
      if (
        described?.pos === "NOUN" &&
        !view.mentionAt(next) &&
        person &&
        person.start === view.tokens[next + 1]!.start &&
        joinedPhrase(end + 2, next + 1, view)
      )
        return { person, confidence: PROFESSION_CONFIDENCE };
    }
    return undefined;
  },
};
