/**
 * A Land's ministry named by its short name: "das Hessische Digitalministerium", "des Thüringer
 * Finanzministeriums", "das brandenburgische Innen- und Digitalisierungsministerium". Where the
 * gazetteer knows no such name, the Land's adjective and the compound ministry noun become a new
 * ministry of that Land, named in the nominative ("Hessisches Digitalministerium"): an actor of its
 * own (it funds, launches, leads), and for offices the Land it belongs to (office-owners.ts).
 * The noun before the Land's name is the same ministry: "das Innenministerium Baden-Württemberg",
 * "des Finanzministeriums des Landes Sachsen-Anhalt" are the "Baden-Württembergisches
 * Innenministerium" and the "Sachsen-Anhaltisches Finanzministerium", named as the news write them
 * ("Innenministerium Baden-Württemberg"), or the ministry the gazetteer knows by the adjective's
 * name ("Innenministerium Brandenburg" is the "brandenburgische Innenministerium" of the reference).
 */
import { slugify } from "../../model/ids.js";
import type { KnownEntity } from "../types.js";
import type { Gazetteer } from "./gazetteer.js";
import { nominativeAdjective } from "./land-bodies.js";
import type { Mention } from "./mentions.js";
import type { Token } from "./tokenize.js";

/** A compound ministry noun in any case; "Innen- und Digitalisierungsministerium" too. */
const MINISTRY_NOUN = String.raw`((?:\p{Lu}\p{Ll}+-\s+und\s+)?\p{Lu}\p{Ll}+ministerium)(?:s|es)?`;
/** The ministry noun right after the adjective. */
const MINISTRY = new RegExp(String.raw`^\s+${MINISTRY_NOUN}(?![\p{L}-])`, "u");
/** The ministry noun right before a Land's name, "des Landes" or "des Freistaates" between. */
const MINISTRY_BEFORE = new RegExp(String.raw`(?<![\p{L}-])${MINISTRY_NOUN}\s+(des\s+)?$`, "u");
/** A Land's name as the mention gives it, the title included: "Landes Sachsen-Anhalt", "Freistaat Sachsen". */
const TITLED = /^(?:Land|Landes|Freistaat|Freistaates|Freistaats)\s/;

export function landMinistries(
  sentence: string,
  tokens: Token[],
  mentions: Mention[],
  gazetteer: Gazetteer,
): Mention[] {
  const merged = new Set<Mention>();
  const made: Mention[] = [];
  for (const land of mentions) {
    if (land.form !== "name" || land.entity.type !== "State") continue;
    const match = MINISTRY_BEFORE.exec(sentence.slice(0, land.start));
    // ("des" only before the Land's title: "des Innenministeriums des Landes Hessen".)
    if (!match || (match[2] && !TITLED.test(land.text))) continue;
    const start = land.start - match[0].length;
    if (mentions.some((m) => m !== land && m.start < land.end && m.end > start)) continue;
    const entity = landMinistry(gazetteer, land.entity, match[1]!);
    if (!entity) continue;
    merged.add(land);
    made.push({
      start,
      end: land.end,
      first: tokens.filter((t) => t.end <= start).length,
      last: land.last,
      text: sentence.slice(start, land.end),
      entity,
      form: "name",
    });
  }
  for (const adjective of mentions) {
    if (adjective.form !== "adjective" || adjective.entity.type !== "State") continue;
    const match = MINISTRY.exec(sentence.slice(adjective.end));
    if (!match) continue;
    const end = adjective.end + match[0].length;
    // (Nothing else named inside: "hessische Digitalministerium" only.)
    if (mentions.some((m) => m !== adjective && m.start < end && m.end > adjective.start)) continue;
    const entity = newMinistry(adjective.text, match[1]!, adjective.entity);
    merged.add(adjective);
    made.push({
      start: adjective.start,
      end,
      first: adjective.first,
      last: tokens.filter((t) => t.end <= end).length,
      text: sentence.slice(adjective.start, end),
      entity,
      form: "name",
    });
  }
  if (made.length === 0) return mentions;
  return [...mentions.filter((m) => !merged.has(m)), ...made].sort((a, b) => a.start - b.start);
}

/**
 * A Land's ministry by its compound noun in the nominative ("Innenministerium") before the Land's
 * name: the one the gazetteer knows by the Land's adjective and the noun ("brandenburgische
 * Innenministerium"), else a new one named as the news write it, with the Land's name
 * ("Innenministerium Baden-Württemberg"), and the same as the one its adjective names (the
 * "Baden-Württembergisches Innenministerium", by the adjective the Land's news use: "Thüringer",
 * "Hamburger"; else "hessische"): one ministry in the graph, however an article names it.
 */
function landMinistry(gazetteer: Gazetteer, land: KnownEntity, noun: string): KnownEntity | undefined {
  const stems = gazetteer.landAdjectives.get(land.id) ?? [];
  const stem = stems.find((s) => s.endsWith("er")) ?? stems[0];
  if (!stem) return undefined;
  const adjective = stem.endsWith("er") ? stem : `${stem}e`;
  const known = gazetteer.findByName(`${adjective} ${noun}`);
  return known ?? { ...newMinistry(adjective, noun, land), name: `${noun} ${land.name}` };
}

/** A new ministry of a Land named by the Land's adjective and its noun: "Hessisches Digitalministerium". */
function newMinistry(adjective: string, noun: string, land: KnownEntity): KnownEntity {
  // ("bayerische" is written with a capital in the name: "Bayerisches Digitalministerium", and
  // so is each part of a hyphenated one: "Baden-Württembergisches Innenministerium".)
  const capitalised = adjective.replace(/(^|-)\p{Ll}/gu, (c) => c.toUpperCase());
  const name = `${nominativeAdjective(capitalised, "es")} ${noun}`;
  return { id: slugify(name), name, type: "Organization", kind: "ministry", partOf: land.id, isNew: true };
}
