/**
 * Facts about projects: participatesIn (the parse rules of relation-rules.ts and
 * participation-rules.ts) and the word-order fallback for launches ("startet", "stellt vor",
 * "präsentiert", "gründet", "führt ein", "online geschaltet"). Leads and usesService come from lead-rules.ts and usage-rules.ts.
 */
import type { Fact } from "../../model/fact.js";
import { slugify } from "../../model/ids.js";
import type { Gazetteer } from "../entities/gazetteer.js";
import type { Mention } from "../entities/mentions.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { actors, chooseTime, claimFacts, makeFact, projects, weakened } from "./build.js";
import { participationRules } from "./participation-rules.js";
import { relationsOf } from "./relation-rules.js";

const LAUNCH =
  /\b(startet|starten|startete|gestartet|vorgestellt|stellt\b[^.]*\bvor|stellen\b[^.]*\bvor|präsentiert\w*|gegründet|gründet\w*|eingeführt|führt\b[^.]*\bein|online geschaltet|freigeschaltet|in Betrieb genommen|eröffnet|ins Leben gerufen|geht\b[^.]*\ban den Start)\b/;
const LAUNCHABLE_NOUN =
  /\b(?:seine|ihre|die|eine|einen|das|ein)\s+(?:neue[n]?\s+)?(\p{Lu}\p{Ll}*(?:strategie|plattform|portal|app|Strategie|Plattform|Portal))\b/u;

/** What may stand between "in" or "für" and a place of a list: "in Ulm, der Stadt Konstanz und ...". */
const LIST_WORD =
  /^(,|und|sowie|der|dem|den|die|Stadt|Gemeinde|Landkreis|Kreis|Städte|Städten|Gemeinden|Landkreise|Landkreisen)$/;

/**
 * The "in" or "für" a place of a list stands after ("in Ulm, der Stadt Konstanz und Biberach"),
 * walking back over the names, articles and kind nouns of the list; undefined after anything else.
 */
function listedAfter(sentence: AnalyzedSentence, mention: Mention): string | undefined {
  let at = mention.first - 1;
  while (at >= 0) {
    const word = sentence.words[at]!;
    if (/^(in|im|für)$/i.test(word)) return word.toLowerCase();
    const before = sentence.mentions.find((other) => other.last === at + 1 && other.first <= at);
    if (before) at = before.first - 1;
    else if (LIST_WORD.test(word)) at -= 1;
    else return undefined;
  }
  return undefined;
}

/** Word order found no participation right on dev (0 of 6): only the parse rules state one. */
export function participatesIn(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  return [
    ...claimFacts(relationsOf(sentence, "participatesIn"), sentence, analyzed.item, undefined, false),
    ...participationRules(sentence, analyzed),
  ];
}

export function launches(sentence: AnalyzedSentence, analyzed: AnalyzedItem, gazetteer: Gazetteer): Fact[] {
  const claims = relationsOf(sentence, "launches");
  if (claims.length > 0)
    return claimFacts(claims, sentence, analyzed.item, chooseTime(sentence, false), true);
  return weakened(wordLaunches(sentence, analyzed, gazetteer));
}

function wordLaunches(sentence: AnalyzedSentence, analyzed: AnalyzedItem, gazetteer: Gazetteer): Fact[] {
  const cue = LAUNCH.exec(sentence.text);
  if (!cue) return [];
  // "Das Pilotprojekt startet in Ulm, Konstanz und Biberach": where a thing starts is no one who
  // starts it, nor are those it is started for ("für die Städte A und B freigeschaltet"); before
  // the verb only after "für" ("In Hessen startet ..." may name the one who starts).
  const placed = (m: Mention) => {
    const by = listedAfter(sentence, m);
    return by !== undefined && (m.start > cue.index || by === "für");
  };
  const subjectMentions = actors(sentence).filter(
    (m) =>
      m.form !== "adjective" &&
      !(m.entity.type === "Organization" && m.entity.kind === "body" && m.start > cue.index) &&
      !placed(m),
  );
  let subject: KnownEntity | undefined = subjectMentions[0]?.entity;
  let confidence = 0.8;
  // (A law is adopted, never launched: "eine ID-Nummer in für das Onlinezugangsgesetz relevanten
  // Registern eingeführt" launches no law.)
  let object: KnownEntity | undefined =
    projects(sentence).find((m) => m.entity.kind !== "law")?.entity ??
    sentence.mentions.find(
      (m) => m.entity.type === "Organization" && m.entity.kind === "body" && m.start > cue.index,
    )?.entity;
  if (!subject) {
    subject = sentence.context.lastState ?? sentence.context.headlineState;
    confidence = 0.65;
  }
  if (!object && subject) {
    const noun = LAUNCHABLE_NOUN.exec(sentence.text);
    if (noun) {
      const name = `${noun[1]} ${subject.name}`;
      const known = gazetteer.findByName(name);
      object = known ?? { id: slugify(name), name, type: "Project", kind: "strategy", isNew: true };
      confidence -= 0.1;
    }
  }
  if (!subject || !object || subject.id === object.id) return [];
  return [
    makeFact(
      { type: "launches", subject, object, confidence },
      sentence,
      analyzed.item,
      chooseTime(sentence, false),
      true,
    ),
  ];
}
