/**
 * Entity errors of one article, counted apart from fact matching:
 * - fused: a predicted person whose name is made of two gold persons' names ("Anna Beck Maier"
 *   from "Anna Beck" and "Jan Maier"), each giving a word the other lacks;
 * - duplicated: one gold person or known entity predicted as more than one entity id (a person
 *   as "Markus Richter" and as "Richter", a known body also created anew under another name),
 *   counted once per extra id.
 */
import type { Fact } from "../model/fact.js";
import type { GoldFact } from "./corpus.js";
import { goldParticipant, predictedParticipant, sameParticipant, type Participant } from "./match-facts.js";
import type { NameResolver } from "./name-resolver.js";
import { looksLikePersonName } from "./resolve-names.js";

export interface EntityErrors {
  fused: string[];
  duplicated: string[];
}

function goldParticipants(gold: GoldFact[], resolver: NameResolver): Participant[] {
  const participants: Participant[] = [];
  for (const fact of gold) {
    for (const slot of ["subject", "object"] as const) {
      const participant = goldParticipant(fact, slot, resolver);
      if (!participant) continue;
      const name = participant.resolved.name;
      if (!participant.person && !participant.resolved.entity && looksLikePersonName(name)) {
        participant.person = true;
      }
      participants.push(participant);
    }
  }
  return participants;
}

function predictedEntities(predicted: Fact[], resolver: NameResolver) {
  const byId = new Map<string, Participant>();
  for (const fact of predicted) {
    for (const entity of [fact.subject, fact.object]) {
      if (entity && !byId.has(entity.id)) byId.set(entity.id, predictedParticipant(entity, resolver));
    }
  }
  return byId;
}

const wordsOf = (key: string) => key.split(" ").filter(Boolean);

function isFusion(key: string, persons: string[]): boolean {
  if (persons.includes(key)) return false;
  const words = wordsOf(key);
  for (const a of persons) {
    for (const b of persons) {
      if (a >= b) continue;
      const wa = new Set(wordsOf(a));
      const wb = new Set(wordsOf(b));
      const within = words.every((w) => wa.has(w) || wb.has(w));
      if (within && words.some((w) => wa.has(w) && !wb.has(w)) && words.some((w) => wb.has(w) && !wa.has(w)))
        return true;
    }
  }
  return false;
}

/** The person's name or a shorter form of it ending in the same surname ("Richter" for "Markus Richter"). */
function namesPerson(key: string, person: string): boolean {
  if (key === person) return true;
  const words = wordsOf(key);
  const full = wordsOf(person);
  return words.length > 0 && words.at(-1) === full.at(-1) && words.every((w) => full.includes(w));
}

export function findEntityErrors(gold: GoldFact[], predicted: Fact[], resolver: NameResolver): EntityErrors {
  const participants = goldParticipants(gold, resolver);
  const persons = [...new Set(participants.filter((p) => p.person).map((p) => p.resolved.personKey))];
  const others = participants.filter((p) => !p.person && p.resolved.entity);
  const entities = [...predictedEntities(predicted, resolver)];
  const fused = entities
    .filter(([, p]) => p.person && isFusion(p.resolved.personKey, persons))
    .map(([, p]) => p.resolved.name);

  const duplicated: string[] = [];
  for (const person of persons) {
    const ids = entities.filter(([, p]) => p.person && namesPerson(p.resolved.personKey, person));
    if (ids.length > 1) duplicated.push(...ids.slice(1).map(([id]) => `${person}: ${id}`));
  }
  const seen = new Set<string>();
  for (const other of others) {
    const key = other.resolved.entity!.id;
    if (seen.has(key)) continue;
    seen.add(key);
    const ids = entities.filter(([, p]) => !p.person && sameParticipant(other, p, resolver));
    if (ids.length > 1) duplicated.push(...ids.slice(1).map(([id]) => `${other.resolved.name}: ${id}`));
  }
  return { fused, duplicated };
}
