/**
 * adopts: "beschließen", "verabschieden", "zustimmen", "unterzeichnen", "annehmen", "eine
 * Vereinbarung treffen", "einen Beschluss fassen". The adopters are the actors before the verb
 * that are not the proposer ("dem Antrag von Schleswig-Holstein"); a person acting in an office
 * of a government acts for it (a Bundesminister for the Bund). Without an adopter in the
 * sentence, the body last named adopts (passive: "Angenommen wurde ein Antrag ...").
 * (Announcements come from announce-rules.ts.)
 */
import type { Fact } from "../../model/fact.js";
import type { Mention } from "../entities/mentions.js";
import type { KnownEntity } from "../types.js";
import type { AnalyzedItem, AnalyzedSentence } from "./analyze.js";
import { actors, chooseTime, claimFacts, clauseText, makeFact, weakened } from "./build.js";
import { parseSawCue, relationsOf } from "./relation-rules.js";

const ADOPT =
  /\b(beschlossen|beschließt|beschließen|beschloss|beschlossen|Beschluss|Beschlüsse|verabschiedet\w*|zugestimmt|stimmt\w*\b[^.]*\bzu|unterzeichnet\w*|[Aa]ngenommen|getroffen|vereinbart|geeinigt)\b/;
const RESOLUTION =
  /\b(Antrag|Anträge|Beschluss|Beschlüsse|Vereinbarung|Verwaltungsvereinbarung|Staatsvertrag|Gesetz\w*|\p{Lu}\p{Ll}*[Gg]esetz\w*|Strategie|\p{Lu}\p{Ll}*strategie|Resolution|Erklärung|Eckpunkte|Empfehlung)\b/u;

function actingFor(mention: Mention, sentence: AnalyzedSentence): KnownEntity {
  if (mention.entity.type !== "Person") return mention.entity;
  const office = sentence.roles.find((r) => r.person.entity.id === mention.entity.id && r.organization);
  const organization = office?.organization;
  return organization && (organization.type === "State" || organization.type === "Federation")
    ? organization
    : mention.entity;
}

export function adopts(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const claims = relationsOf(sentence, "adopts").map((claim) => ({
    ...claim,
    subject: actingForEntity(claim.subject, sentence),
  }));
  if (claims.length > 0)
    return claimFacts(claims, sentence, analyzed.item, chooseTime(sentence, false), true);
  if (NEGATED.test(sentence.text) || parseSawCue(sentence, "adopts")) return [];
  return weakened(wordAdopts(sentence, analyzed));
}

const NEGATED = /\b(nicht|kein|keine|keinen|abgelehnt|lehnt\w*)\b/;

function actingForEntity(entity: KnownEntity, sentence: AnalyzedSentence): KnownEntity {
  if (entity.type !== "Person") return entity;
  const office = sentence.roles.find((r) => r.person.entity.id === entity.id && r.organization);
  const organization = office?.organization;
  return organization && (organization.type === "State" || organization.type === "Federation")
    ? organization
    : entity;
}

function wordAdopts(sentence: AnalyzedSentence, analyzed: AnalyzedItem): Fact[] {
  const cue = ADOPT.exec(sentence.text);
  if (!cue) return [];
  if (cue[1] === "getroffen" && !/Vereinbarung|Beschluss|Entscheidung|Einigung/.test(sentence.text))
    return [];
  const proposerMention = actors(sentence).find((m) =>
    /\b(Antrag|Anträge|Vorschlag)\s+(von|des|der|aus)\s*$/.test(
      sentence.text.slice(Math.max(0, m.start - 25), m.start),
    ),
  );
  let adopters: KnownEntity[] = actors(sentence)
    .filter(
      (m) =>
        m !== proposerMention &&
        m.form !== "adjective" &&
        (m.start < cue.index || /^(das|die|der)$/i.test(sentence.words[m.first - 1] ?? "")),
    )
    .filter((m) => !/^(von|vom|an|für|mit)$/i.test(sentence.words[m.first - 1] ?? ""))
    .map((m) => actingFor(m, sentence));
  let confidence = 0.8;
  if (adopters.length === 0 && sentence.context.lastBody) {
    adopters = [sentence.context.lastBody];
    confidence = 0.65;
  }
  adopters = adopters.filter((entity, index, all) => all.findIndex((e) => e.id === entity.id) === index);
  const resolution = RESOLUTION.exec(sentence.text);
  const text = resolution ? clauseText(sentence, resolution.index) : clauseText(sentence, 0);
  return adopters.map((adopter) => {
    const parts = {
      type: "adopts" as const,
      subject: adopter,
      text,
      confidence,
      ...(proposerMention ? { proposer: proposerMention.entity } : {}),
    };
    return makeFact(parts, sentence, analyzed.item, chooseTime(sentence, false), true);
  });
}
