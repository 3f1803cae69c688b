/**
 * The Länder's capitals as the seats of their parliaments and governments: "der Landtag in
 * Saarbrücken", "die Landesregierung in Düsseldorf", "im Kieler Landtag".
 */
import { CAPITAL_STATE_BY_AGS } from "../../model/state-codes.js";
import type { Gazetteer } from "./gazetteer.js";
import type { Mention } from "./mentions.js";
import type { Token } from "./tokenize.js";

/** A capital's adjective: "Düsseldorfer", "Münchner", "Dresdner" (the town's name, then "er"). */
const TOWN_ADJECTIVE = /^(\p{Lu}[\p{L}]+?)(e?r)$/u;

/** The Land of a capital named right after the noun: "Landtag in Saarbrücken". */
export function seatAfter(
  tokens: Token[],
  mentions: Mention[],
  index: number,
): { land: string; last: number } | undefined {
  if (tokens[index + 1]?.text !== "in") return undefined;
  const town = mentions.find((m) => m.first === index + 2 && m.entity.type === "Municipality");
  const land = town ? CAPITAL_STATE_BY_AGS[town.entity.id] : undefined;
  return land && town ? { land, last: town.last } : undefined;
}

/** The Land whose capital an adjective names: "Kieler" -> Schleswig-Holstein, "Münchner" -> Bayern. */
export function capitalOfAdjective(word: string, gazetteer: Gazetteer): string | undefined {
  const stem = TOWN_ADJECTIVE.exec(word)?.[1];
  if (!stem) return undefined;
  // "Münchner", "Dresdner": the town's "e" falls out before "er".
  for (const name of [stem, `${stem.replace(/n$/, "en")}`, `${stem}en`]) {
    const town = gazetteer.findByName(name);
    const land = town?.type === "Municipality" ? CAPITAL_STATE_BY_AGS[town.id] : undefined;
    if (land) return land;
  }
  return undefined;
}
