/**
 * A Land's ministry named by its short name: "das Hessische Digitalministerium", "des Thüringer
 * Finanzministeriums", "das brandenburgische Innen- und Digitalisierungsministerium". Where the
 * gazetteer knows no such name, the Land's adjective and the compound ministry noun become a new
 * ministry of that Land, named in the nominative ("Hessisches Digitalministerium"): an actor of its
 * own (it funds, launches, leads), and for offices the Land it belongs to (office-owners.ts).
 */
import { slugify } from "../../model/ids.js";
import type { KnownEntity } from "../types.js";
import { nominativeAdjective } from "./land-bodies.js";
import type { Mention } from "./mentions.js";
import type { Token } from "./tokenize.js";

/** A compound ministry noun right after the adjective, in any case; "Innen- und Digitalisierungsministerium" too. */
const MINISTRY = /^\s+((?:\p{Lu}\p{Ll}+-\s+und\s+)?\p{Lu}\p{Ll}+ministerium)(?:s|es)?(?![\p{L}-])/u;

export function landMinistries(sentence: string, tokens: Token[], mentions: Mention[]): Mention[] {
  const merged = new Set<Mention>();
  const made: Mention[] = [];
  for (const adjective of mentions) {
    if (adjective.form !== "adjective" || adjective.entity.type !== "State") continue;
    const match = MINISTRY.exec(sentence.slice(adjective.end));
    if (!match) continue;
    const end = adjective.end + match[0].length;
    // (Nothing else named inside: "hessische Digitalministerium" only.)
    if (mentions.some((m) => m !== adjective && m.start < end && m.end > adjective.start)) continue;
    // ("bayerische" is written with a capital in the name: "Bayerisches Digitalministerium", and
    // so is each part of a hyphenated one: "Baden-Württembergisches Innenministerium".)
    const capitalised = adjective.text.replace(/(^|-)\p{Ll}/gu, (c) => c.toUpperCase());
    const name = `${nominativeAdjective(capitalised, "es")} ${match[1]}`;
    const entity: KnownEntity = {
      id: slugify(name),
      name,
      type: "Organization",
      kind: "ministry",
      partOf: adjective.entity.id,
      isNew: true,
    };
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
