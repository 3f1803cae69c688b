/**
 * Places listed after their kind in the plural: "die Landkreise Celle und Diepholz", "den Städten
 * Leipzig, Düsseldorf und Paderborn", "den Kreisen Groß-Gerau, Cochem-Zell und Aschaffenburg",
 * "die Länder Berlin und Sachsen". Each name is the place of that kind ("Celle" after
 * "Landkreise" is the county, not the town), found in the register by the kind's singular and
 * the name; a list names at least two.
 */
import type { KnownEntity } from "../types.js";
import type { Gazetteer } from "./gazetteer.js";
import type { Mention } from "./mentions.js";
import { isCapitalized, type Token } from "./tokenize.js";

/** A kind noun in the plural and the singulars its items are registered under, with their type. */
const KINDS: { plural: RegExp; singulars: string[]; type: KnownEntity["type"] }[] = [
  { plural: /^(Landkreise|Landkreisen|Kreise|Kreisen)$/, singulars: ["Landkreis", "Kreis"], type: "County" },
  {
    plural: /^(Städte|Städten|Gemeinden|Kommunen)$/,
    singulars: ["Stadt", "", "Gemeinde"],
    type: "Municipality",
  },
  { plural: /^(Länder|Ländern|Bundesländer|Bundesländern)$/, singulars: [""], type: "State" },
];
const JOINER = /^(,|und|sowie|oder)$/;
/** Any of the kind nouns above. */
export const PLURAL_KIND = new RegExp(KINDS.map((k) => k.plural.source).join("|"));

export function kindLists(sentence: string, tokens: Token[], gazetteer: Gazetteer): Mention[] {
  const found: Mention[] = [];
  tokens.forEach((token, i) => {
    const kind = KINDS.find((k) => k.plural.test(token.text));
    if (!kind) return;
    const items: Mention[] = [];
    let at = i + 1;
    while (at < tokens.length && isCapitalized(tokens[at]!.text)) {
      const item = longestPlace(sentence, tokens, at, kind, gazetteer);
      if (!item) break;
      items.push(item);
      // ", " or "und" (", und", "sowie") before the next name.
      let next = item.last;
      while (next < tokens.length && JOINER.test(tokens[next]!.text)) next += 1;
      if (next === item.last) break;
      at = next;
    }
    if (items.length >= 2) found.push(...items);
  });
  return found;
}

/** The longest name of a place of the kind from token `at` ("Neustadt an der Waldnaab"), up to four words. */
function longestPlace(
  sentence: string,
  tokens: Token[],
  at: number,
  kind: (typeof KINDS)[number],
  gazetteer: Gazetteer,
): Mention | undefined {
  for (let last = Math.min(tokens.length, at + 4); last > at; last -= 1) {
    if (!isCapitalized(tokens[last - 1]!.text)) continue;
    const name = tokens
      .slice(at, last)
      .map((t) => t.text)
      .join(" ");
    const entity = placeOf(name, kind, gazetteer);
    if (!entity) continue;
    const start = tokens[at]!.start;
    const end = tokens[last - 1]!.end;
    return { start, end, first: at, last, text: sentence.slice(start, end), entity, form: "name" };
  }
  return undefined;
}

function placeOf(name: string, kind: (typeof KINDS)[number], gazetteer: Gazetteer): KnownEntity | undefined {
  for (const singular of kind.singulars) {
    const entity = gazetteer.findByName(singular ? `${singular} ${name}` : name);
    if (entity?.type === kind.type) return entity;
  }
  return undefined;
}
