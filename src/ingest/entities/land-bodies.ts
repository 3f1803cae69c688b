/**
 * A Land's own council named like a national one: "der Sächsische Normenkontrollrat", "der
 * Niedersächsische IT-Planungsrat", "der Thüringer Normenkontrollrat" are councils of their Land,
 * not the Nationaler Normenkontrollrat or the IT-Planungsrat of Bund and Länder. A known body
 * whose name says no Land, named right after a Land's adjective, becomes a new body of that Land,
 * named in the nominative ("Sächsischer Normenkontrollrat").
 */
import { slugify } from "../../model/ids.js";
import type { KnownEntity } from "../types.js";
import type { Mention } from "./mentions.js";

/** A council's head noun in any case: "Normenkontrollrat", "IT-Planungsrates", "Digitalrats". */
const COUNCIL = /^(.*rat)(?:e?s)?$/i;

export function landOwnBodies(sentence: string, mentions: Mention[]): Mention[] {
  const merged = new Set<Mention>();
  const made: Mention[] = [];
  for (const body of mentions) {
    if (body.entity.type !== "Organization" || body.entity.kind !== "body") continue;
    const adjective = mentions.find(
      (m) =>
        m.form === "adjective" &&
        m.entity.type === "State" &&
        m.end < body.start &&
        /^\s+$/.test(sentence.slice(m.end, body.start)) &&
        /^\p{Lu}/u.test(m.text),
    );
    const council = COUNCIL.exec(body.text.split(/\s+/).pop() ?? "");
    if (!adjective || !council || landNamed(body.entity)) continue;
    const name = `${nominativeAdjective(adjective.text)} ${council[1]}`;
    const entity: KnownEntity = {
      id: slugify(name),
      name,
      type: "Organization",
      kind: "body",
      partOf: adjective.entity.id,
      isNew: true,
    };
    merged.add(adjective).add(body);
    made.push({
      start: adjective.start,
      end: body.end,
      first: adjective.first,
      last: body.last,
      text: sentence.slice(adjective.start, body.end),
      entity,
      form: "name",
    });
  }
  if (made.length === 0) return mentions;
  return [...mentions.filter((m) => !merged.has(m)), ...made].sort((a, b) => a.start - b.start);
}

/** Whether a body's own name already says its Land ("IT-Rat des Landes Brandenburg"). */
function landNamed(entity: KnownEntity): boolean {
  return entity.partOf !== undefined && entity.partOf !== "DE";
}

/**
 * A Land's adjective before a masculine noun ("Sächsischen" -> "Sächsischer") or, with "es", a
 * neuter one ("Hessischen" -> "Hessisches"); "Thüringer" stays.
 */
export function nominativeAdjective(word: string, ending: "er" | "es" = "er"): string {
  if (!/isch(e|en|er|es|em)?$/.test(word)) return word;
  return `${word.replace(/(e|en|er|es|em)$/, "")}${ending}`;
}
