/**
 * Local governments as a group the text does not list: "Das Land unterstützt die Kommunen mit 20
 * Millionen Euro", "stellt seinen Kommunen 80 Millionen Euro zur Verfügung", "die Plattform, die
 * den Kommunen kostenfrei zur Verfügung gestellt wird". The group is one actor, named as the text
 * names it, in the nominative ("Kommunen", "hessische Kommunen", "Städte und Gemeinden"); its
 * identity is the group within the Land the item is about (the Kommunen of Hessen), or within the
 * whole country where the item is about no Land. A plural noun that lists names ("die Städte
 * Kassel und Fulda") stands for those names instead (Clause.withConjuncts), and one the text
 * counts is read by the usage rules with its count.
 */
import { itemState } from "../entities/anaphora.js";
import { slugify } from "../../model/ids.js";
import type { KnownEntity } from "../types.js";
import type { Clause } from "./clause.js";

/** Plural nouns of local governments and their offices, in the nominative. */
const LOCAL_GROUP = new Set([
  "Kommunen",
  "Städte",
  "Gemeinden",
  "Landkreise",
  "Kreise",
  "Bezirke",
  "Schulträger",
  "Ausländerbehörden",
  "Bauaufsichtsbehörden",
  "Standesämter",
  "Kommunalverwaltungen",
]);
/** A word that makes the group a part of another: "einige", "viele", "mehrere". */
const PART = /^(einige|einigen|viele|vielen|mehrere|mehreren|manche|manchen|wenige|wenigen)$/i;

/** The nominative of a group noun also read in the dative ("Städten" -> "Städte"), if it is one. */
function groupNoun(word: string): string | undefined {
  if (LOCAL_GROUP.has(word)) return word;
  const nominative = word.replace(/n$/, "");
  return word.endsWith("n") && LOCAL_GROUP.has(nominative) ? nominative : undefined;
}

/** The group's words: the lower-case adjectives before each noun ("bayerische Städte und Gemeinden"). */
function groupName(clause: Clause, nouns: number[]): string {
  const parts = nouns.map((noun, n) => {
    // ("den bayerischen Kommunen": the adjective as the nominative without an article has it.)
    const adjectives = clause
      .children(noun, /^amod$/)
      .filter((t) => t.index < noun && t.pos === "ADJ" && /^\p{Ll}/u.test(t.word))
      .map((t) => t.word.replace(/en$/, "e"));
    const joiner = n === 0 ? [] : [clause.children(noun, /^cc$/)[0]?.word ?? ","];
    return [...joiner, ...adjectives, groupNoun(clause.tokens[noun]!.word)!].join(" ");
  });
  return parts.join(" ").replace(/ ,/g, ",");
}

/** The local governments a plural noun at `index` names as a group, if it names no one by name. */
export function localGroupAt(clause: Clause, index: number): KnownEntity | undefined {
  const token = clause.tokens[index];
  if (!token || !groupNoun(token.word) || clause.actorAt(index)) return undefined;
  // ("Städte und Gemeinden": the second noun is part of the group the first names.)
  if (token.dep === "conj" && groupNoun(clause.tokens[token.head]?.word ?? "")) return undefined;
  // Names after it, a count or a part of the group: not the group as such.
  if (clause.children(index, /^(appos|flat|nummod)$/).length > 0) return undefined;
  if (clause.children(index, /^det$/).some((t) => PART.test(t.word))) return undefined;
  if (clause.withConjuncts(index).some((i) => i !== index && clause.actorAt(i))) return undefined;
  if (clause.tokens[index - 1]?.pos === "NUM") return undefined;
  // "Städte und Gemeinden": the group nouns joined to it belong to its name.
  const nouns = [
    index,
    ...clause
      .children(index, /^conj$/)
      .filter((t) => groupNoun(t.word) !== undefined)
      .map((t) => t.index),
  ];
  const name = groupName(clause, nouns);
  const land = itemState(clause.sentence.context);
  return {
    id: slugify(`${name} ${land?.name ?? "Deutschland"}`),
    name,
    type: "Organization",
    kind: "authority",
    isNew: true,
  };
}

/** Whether an entity is such a group (no other reading creates a new authority). */
export function isLocalGroup(entity: KnownEntity): boolean {
  return entity.isNew === true && entity.kind === "authority";
}
