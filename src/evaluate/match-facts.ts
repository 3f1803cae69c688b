/**
 * One article's predicted facts against its gold facts, one to one: a pair is possible when the
 * type is the same and both participants resolve to the same thing (see sameParticipant); among
 * the possible pairs the largest set is chosen (Hungarian method), preferring pairs whose roles,
 * then dates, agree when several sets are equally large.
 */
import type { EntityRef, Fact } from "../model/fact.js";
import type { KnownEntity } from "../ingest/index.js";
import type { FactType } from "../model/vocabulary.js";
import { assignMaximum } from "./assign.js";
import type { GoldFact } from "./corpus.js";
import type { NameResolver } from "./name-resolver.js";
import type { ResolvedName } from "./resolve-names.js";
import {
  contentTokens,
  contentTokensOutsideParentheses,
  jaccard,
  sameWords,
  withoutOrganWords,
  withoutProjectKindWords,
} from "./resolve-names.js";
import { judgeDates, type DateVerdict } from "./score-dates.js";

/** Free-text participants match when their content words overlap this much (Jaccard). */
export const TEXT_OVERLAP = 0.5;

/** Slots that always name a person: there, names are compared in full. */
const PERSON_SLOTS: Partial<Record<FactType, ("subject" | "object")[]>> = {
  holdsOffice: ["subject"],
  succeeds: ["subject", "object"],
};

export interface Participant {
  resolved: ResolvedName;
  /** Known to be a person: predicted as a Person, or a gold person slot, title or known person. */
  person: boolean;
}

export interface MatchedPair {
  gold: number;
  predicted: number;
  dates: DateVerdict;
}

/**
 * Same entity when both resolve to known entities; same full name (titles dropped) when either
 * is a person; a known entity against a name the gazetteer does not know: the same content
 * words as one of the entity's names, organ words aside ("Vorstand von Dataport" is Dataport,
 * "TÜV Hessen" is not Hessen); two unknown names: content-word Jaccard >= TEXT_OVERLAP.
 */
export function sameParticipant(gold: Participant, predicted: Participant, resolver: NameResolver): boolean {
  const g = gold.resolved;
  const p = predicted.resolved;
  if (g.entity && p.entity) return g.entity.id === p.entity.id || samePlaceName(g.entity, p.entity);
  if (gold.person || predicted.person) return g.personKey !== "" && g.personKey === p.personKey;
  if (g.entity || p.entity) {
    const [known, free] = g.entity ? [g, p] : [p, g];
    const words = withoutOrganWords(free.tokens);
    // (and without a parenthesis: "Verwaltungsrat der Kommunalen Gemeinschaftsstelle ... (KGSt)")
    const plain = withoutOrganWords(contentTokensOutsideParentheses(free.name));
    // A project's kind word is no part of which project it is: "Projekt „X“" is the project X.
    const kindless = known.entity!.type === "Project" ? withoutProjectKindWords : (t: Set<string>) => t;
    return resolver
      .tokenSets(known)
      .some((names) => [words, plain].some((free) => sameWords(kindless(names), kindless(free))));
  }
  // As for a known entity, a parenthesis may be a gloss the other side does not repeat:
  // "Projekt „eBAFSYS“ (E-Akte im BAföG-Vollzug)" is the project "eBAFSYS".
  return [
    [g.tokens, p.tokens],
    [contentTokensOutsideParentheses(g.name), p.tokens],
    [g.tokens, contentTokensOutsideParentheses(p.name)],
  ].some(([a, b]) => jaccard(a!, b!) >= TEXT_OVERLAP);
}

/**
 * Two towns (or counties) of one name: a gold name resolves to the first the register lists
 * ("Lage" is in Niedersachsen and in Nordrhein-Westfalen), while the extraction tells them apart
 * by the Land of the article; the gold's words cannot, so either counts.
 */
function samePlaceName(gold: KnownEntity, predicted: KnownEntity): boolean {
  const place = (e: KnownEntity) => e.type === "Municipality" || e.type === "County";
  return place(gold) && gold.type === predicted.type && gold.name === predicted.name;
}

export function goldParticipant(
  gold: GoldFact,
  slot: "subject" | "object",
  resolver: NameResolver,
): Participant | undefined {
  const name = gold[slot];
  if (name === undefined) return undefined;
  const resolved = resolver.resolve(name);
  const person =
    (PERSON_SLOTS[gold.type] ?? []).includes(slot) ||
    resolved.entity?.type === "Person" ||
    resolver.isTitledPerson(name);
  return { resolved, person };
}

export function predictedParticipant(entity: EntityRef, resolver: NameResolver): Participant {
  return { resolved: resolver.resolveEntity(entity), person: entity.type === "Person" };
}

/** What a prediction offers as its object: the object entity, and the text it adopted/announced. */
export function predictedObjects(fact: Fact, resolver: NameResolver): Participant[] {
  const objects: Participant[] = [];
  if (fact.object) objects.push(predictedParticipant(fact.object, resolver));
  if (fact.text) objects.push({ resolved: resolver.resolve(fact.text), person: false });
  return objects;
}

export function canMatch(gold: GoldFact, fact: Fact, resolver: NameResolver): boolean {
  if (gold.type !== fact.type) return false;
  const subject = goldParticipant(gold, "subject", resolver)!;
  if (!sameParticipant(subject, predictedParticipant(fact.subject, resolver), resolver)) return false;
  const object = goldParticipant(gold, "object", resolver);
  if (!object) return true;
  return predictedObjects(fact, resolver).some((candidate) => sameParticipant(object, candidate, resolver));
}

const DATE_PREFERENCE: Record<DateVerdict, number> = { right: 3, none: 2, missing: 1, wrong: 0 };

/** Roles agree when their content words overlap by TEXT_OVERLAP ("Landes-CIO" and "CIO des Landes"). */
function rolesAgree(gold: GoldFact, fact: Fact): boolean {
  if (!gold.role || !fact.role) return false;
  return jaccard(contentTokens(gold.role), contentTokens(fact.role)) >= TEXT_OVERLAP;
}

export function matchFacts(gold: GoldFact[], predicted: Fact[], resolver: NameResolver): MatchedPair[] {
  const verdicts = gold.map((g) =>
    predicted.map((p) => (canMatch(g, p, resolver) ? judgeDates(g, p) : undefined)),
  );
  // Cardinality first (1000 per pair), then agreeing roles (10), then agreeing dates.
  const weights = verdicts.map((row, g) =>
    row.map((verdict, p) =>
      verdict === undefined
        ? 0
        : 1000 + (rolesAgree(gold[g]!, predicted[p]!) ? 10 : 0) + DATE_PREFERENCE[verdict],
    ),
  );
  return assignMaximum(weights).map(([g, p]) => ({ gold: g, predicted: p, dates: verdicts[g]![p]! }));
}
