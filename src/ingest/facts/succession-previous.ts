/**
 * succeeds from the previous holder of an office just named: "Patrick Burghardt ist neuer CIO.
 * Bisher hatte die Aufgabe Finanzminister Thomas Schäfer inne", "Barke wird auch stellvertretender
 * Ministerpräsident, den Posten hatte Rehlinger bisher inne", "Zuvor hatte Peter Kern dieses Amt
 * inne". The office is referred to by a noun with a definite or demonstrative article, so it is the
 * one the clause or sentence before gave someone; the one who had it is named between "hatte" and
 * "inne", the successor before that clause in the sentence, else as the subject of the sentence
 * before. The parser reads "innehaben" in many ways, so the clause is read by its words. For
 * review: 0.7.
 */
import type { Mention } from "../entities/mentions.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import type { SuccessionClaim } from "./succession-verbs.js";

const HAD = /^(hatte|hatten|hat|haben)$/;
const BEFORE = /^(bisher|bislang|zuvor|vorher|seither)$/i;
const OFFICE = /^(Aufgabe|Amt|Posten|Funktion|Position|Ressort|Vorsitz)$/;
const REFERRING = /^(die|das|den|diese|dieses|diesen|dieser)$/i;
const NEGATION = /^(nicht|nie|niemand|kein|keine|keinen)$/i;

const isPerson = (m: Mention) => m.entity.type === "Person" && m.form !== "partial";

/** The person a sentence has as its subject, if one. */
function subjectPerson(sentence: AnalyzedSentence): Mention | undefined {
  const subjects = sentence.parse.tokens.filter((t) => /^nsubj/.test(t.dep));
  return sentence.mentions.find(
    (m) => isPerson(m) && subjects.some((t) => m.start <= t.start && t.end <= m.end),
  );
}

export function findPreviousHolders(sentence: AnalyzedSentence, analyzed: AnalyzedItem): SuccessionClaim[] {
  const tokens = sentence.parse.tokens;
  // The form of "haben" nearest before "inne": "Sie hat ..., den Posten hatte B bisher inne".
  const inne = tokens.findIndex((t) => t.word === "inne");
  const had = tokens.findLastIndex((t, i) => i < inne && HAD.test(t.word));
  if (had < 0 || inne < 0) return [];
  const clause = tokens.slice(Math.max(0, had - 3), inne + 1);
  if (!clause.some((t) => BEFORE.test(t.word)) || clause.some((t) => NEGATION.test(t.word))) return [];
  const office = clause.findIndex(
    (t, i) => OFFICE.test(t.word) && i > 0 && REFERRING.test(clause[i - 1]!.word),
  );
  if (office < 0) return [];
  // The clause starts at its office noun or at "hatte", whichever comes first.
  const from = Math.min(clause[office]!.start, tokens[had]!.start);
  const predecessors = sentence.mentions.filter(
    (m) => isPerson(m) && m.start > from && m.end <= tokens[inne]!.start,
  );
  if (predecessors.length !== 1) return [];
  const predecessor = predecessors[0]!;
  const at = analyzed.sentences.indexOf(sentence);
  const successor =
    sentence.mentions.filter((m) => isPerson(m) && m.end <= from).pop() ??
    (at > 0 ? subjectPerson(analyzed.sentences[at - 1]!) : undefined);
  if (!successor || successor.entity.id === predecessor.entity.id) return [];
  return [{ successor, predecessor, confidence: 0.7, rule: "previous-holder" }];
}
