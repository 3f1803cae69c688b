/**
 * A union of municipalities named by its kind noun and its name: "die Samtgemeinde Jümme", "der
 * Verbandsgemeinde Nieder-Olm", "an die Verwaltungsgemeinschaft Wittislingen". The register lists
 * municipalities and counties, not these unions, and the town of the same name (where there is
 * one) is only one of its members: the union is a local government of its own, named as written
 * ("Samtgemeinde Jümme"). A place the gazetteer found inside the name is part of it. "VG" is
 * written for Verwaltungs- or Verbandsgemeinde ("die VG Uffenheim"), not before a city's name
 * ("VG Köln" is a court) nor in a society's ("VG Wort"). After a plural kind the first of a list is
 * one ("die Ämter Schenkenländchen und Temnitz": "Amt Schenkenländchen").
 */
import { slugify } from "../../model/ids.js";
import type { KnownEntity } from "../types.js";
import type { Mention } from "./mentions.js";
import type { Token } from "./tokenize.js";

const KIND = /^(Samtgemeinde|Verbandsgemeinde|Verwaltungsgemeinschaft|VG)$/;
/**
 * A plural kind before the first of a list ("die Verbandsgemeinden Südeifel und Arzfeld", "die
 * Ämter Schenkenländchen und Temnitz"): that first union, its kind in the singular. ("Amt" alone
 * is no union's kind: "Amt für Digitalisierung".)
 */
const PLURAL_KIND: Record<string, string> = {
  Samtgemeinden: "Samtgemeinde",
  Verbandsgemeinden: "Verbandsgemeinde",
  Verwaltungsgemeinschaften: "Verwaltungsgemeinschaft",
  Ämter: "Amt",
};
/** Names after "VG" that are no union's: the collecting societies. */
const SOCIETY = /^(Wort|Bild-Kunst|Musikedition|Media)$/;
/** A name's first word that needs a second: "Bad Bentheim", "Sankt Goar". */
const PREFIX = /^(Bad|Sankt|St\.)$/;
const NAME_WORD = /^\p{Lu}[\p{L}-]*\p{L}$/u;

export function municipalUnions(sentence: string, tokens: Token[], mentions: Mention[]): Mention[] {
  const found: Mention[] = [];
  tokens.forEach((token, i) => {
    const plural = PLURAL_KIND[token.text];
    if (!KIND.test(token.text) && !plural) return;
    const first = tokens[i + 1];
    if (!first || !NAME_WORD.test(first.text)) return;
    const second = PREFIX.test(first.text) ? tokens[i + 2] : undefined;
    if (PREFIX.test(first.text) && (!second || !NAME_WORD.test(second.text))) return;
    const last = second ? i + 3 : i + 2;
    // (Not a person, organisation or project the name runs into: "der Samtgemeinde Dataport ...".)
    const other = mentions.some(
      (m) => m.first < last && m.last > i && !/^(Municipality|County)$/.test(m.entity.type),
    );
    if (other) return;
    const city = mentions.some((m) => m.first < last && m.last > i && m.form === "name");
    if (token.text === "VG" && (city || SOCIETY.test(first.text))) return;
    const end = tokens[last - 1]!.end;
    const name = `${plural ?? token.text} ${sentence.slice(first.start, end)}`;
    const entity: KnownEntity = { id: slugify(name), name, type: "Municipality", isNew: true };
    found.push({
      start: token.start,
      end,
      first: i,
      last,
      text: sentence.slice(token.start, end),
      entity,
      form: "pattern",
    });
  });
  return found;
}
