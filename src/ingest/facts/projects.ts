/**
 * Facts about projects: leads ("vom Land Brandenburg vorangetriebene OZG-Projekt",
 * "federführend", "unter Federführung von"), participatesIn ("beteiligt sich an", "nimmt teil"),
 * launches ("startet", "stellt vor", "präsentiert", "gründet", "führt ein", "online
 * geschaltet") and usesService ("nutzen über 270 Ausländerbehörden die digitalen Dienste").
 */
import type { Fact } from "../../model/fact.js";
import { slugify } from "../../model/ids.js";
import type { Gazetteer } from "../entities/gazetteer.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import {
  actors,
  chooseTime,
  claimFacts,
  cueIndex,
  makeFact,
  passiveAgent,
  projects,
  weakened,
} from "./build.js";
import { relationsOf } from "./relation-rules.js";

const LEAD =
  /\b(vorangetrieben\w*|federführend\w*|Federführung|verantwortet|betreut|koordiniert|Themenfeldführer\w*|Projektleitung|leitet|leiten|steuert|entwickelt\w*)\b/;
const PARTICIPATE =
  /\b(beteiligt|beteiligen|beteiligte|beteiligten|teilnehmen|teilgenommen|nimmt\b[^.]*\bteil|nehmen\b[^.]*\bteil|mitwirken|wirkt\b[^.]*\bmit|Projektpartner\w*)\b/;
const LAUNCH =
  /\b(startet|starten|startete|gestartet|vorgestellt|stellt\b[^.]*\bvor|stellen\b[^.]*\bvor|präsentiert\w*|gegründet|gründet\w*|eingeführt|führt\b[^.]*\bein|online geschaltet|freigeschaltet|in Betrieb genommen|eröffnet|ins Leben gerufen|geht\b[^.]*\ban den Start)\b/;
const USE = /\b(nutzen|nutzt|genutzt|verwenden|verwendet|angeschlossen|im Einsatz|setzen\b[^.]*\bein)\b/;
const LAUNCHABLE_NOUN =
  /\b(?:seine|ihre|die|eine|einen|das|ein)\s+(?:neue[n]?\s+)?(\p{Lu}\p{Ll}*(?:strategie|plattform|portal|app|Strategie|Plattform|Portal))\b/u;

export function leads(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const claims = relationsOf(sentence, "leads");
  if (claims.length > 0) return claimFacts(claims, sentence, analyzed.item, undefined, false);
  return weakened(wordLeads(sentence, analyzed));
}

function wordLeads(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const at = cueIndex(sentence, LEAD);
  if (at < 0) return [];
  const project = projects(sentence)[0];
  if (!project) return [];
  const leader =
    passiveAgent(sentence, at) ?? actors(sentence).find((m) => m.start < at && m.entity.type !== "Person");
  if (!leader || leader.entity.id === project.entity.id) return [];
  const confidence = leader.form === "anaphor" ? 0.75 : 0.85;
  return [
    makeFact(
      { type: "leads", subject: leader.entity, object: project.entity, confidence },
      sentence,
      analyzed.item,
      undefined,
      false,
    ),
  ];
}

export function participatesIn(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const claims = relationsOf(sentence, "participatesIn");
  if (claims.length > 0) return claimFacts(claims, sentence, analyzed.item, undefined, false);
  return weakened(wordParticipatesIn(sentence, analyzed));
}

function wordParticipatesIn(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const at = cueIndex(sentence, PARTICIPATE);
  if (at < 0) return [];
  const all = actors(sentence);
  const subjects = all.filter((m) => m.start < at && m.form !== "adjective");
  const target =
    projects(sentence).find((m) => m.start > at) ??
    all.find((m) => m.start > at && m.entity.type === "Organization") ??
    projects(sentence)[0];
  return subjects
    .filter((s) => target && s.entity.id !== target.entity.id)
    .map((s) =>
      makeFact(
        { type: "participatesIn", subject: s.entity, object: target!.entity, confidence: 0.8 },
        sentence,
        analyzed.item,
        undefined,
        false,
      ),
    );
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
  const subjectMentions = actors(sentence).filter(
    (m) =>
      m.form !== "adjective" &&
      !(m.entity.type === "Organization" && m.entity.kind === "body" && m.start > cue.index),
  );
  let subject: KnownEntity | undefined = subjectMentions[0]?.entity;
  let confidence = 0.8;
  let object: KnownEntity | undefined =
    projects(sentence)[0]?.entity ??
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

export function usesService(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const at = cueIndex(sentence, USE);
  if (at < 0) return [];
  const count = sentence.counts.find((c) => Math.abs(c.index - at) < 60);
  if (!count) return [];
  const project = projects(sentence)[0]?.entity ?? sentence.context.lastProject;
  if (!project) return [];
  const fact = makeFact(
    {
      type: "usesService",
      subject: project,
      count: count.value,
      countUnit: count.unit,
      confidence: projects(sentence)[0] ? 0.85 : 0.75,
    },
    sentence,
    analyzed.item,
    chooseTime(sentence, false),
    true,
  );
  fact.date = analyzed.item.publishedAt;
  fact.precision = "day";
  return [fact];
}
