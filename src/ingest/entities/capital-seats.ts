/**
 * The Länder's capitals as the seats of their parliaments and governments: "der Landtag in
 * Saarbrücken", "die Landesregierung in Düsseldorf", "im Kieler Landtag", "die Mainzer Landesregierung".
 */
import { CAPITAL_STATE_BY_AGS } from "../../model/state-codes.js";
import type { Mention } from "./mentions.js";
import type { Token } from "./tokenize.js";

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

/**
 * Towns that share their Land's name, whose adjective before a Land's organ names the Land ("die
 * Brandenburger Landesregierung"): Brandenburg an der Havel.
 */
const LAND_NAMESAKE_BY_AGS: Readonly<Record<string, string>> = {
  "12051000": "DE-BB",
};

/**
 * The Land whose capital the adjective right before `index` names ("Kieler", "Dresdner": the
 * gazetteer's city adjectives), or whose name the town shares ("Brandenburger").
 */
export function capitalBefore(mentions: Mention[], index: number): string | undefined {
  const town = mentions.find(
    (m) => m.last === index && m.form === "city-adjective" && m.entity.type === "Municipality",
  );
  return town ? (CAPITAL_STATE_BY_AGS[town.entity.id] ?? LAND_NAMESAKE_BY_AGS[town.entity.id]) : undefined;
}
