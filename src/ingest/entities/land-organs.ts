/**
 * A Land's parliament or government named without the Land, by its seat or by the noun alone:
 *   "der Landtag in Düsseldorf", "im Kieler Landtag"  the parliament of the Land whose capital it is
 *   "In Sachsen hat der Landtag ... beschlossen"      the parliament of the Land the sentence names
 *   "die Landesregierung in Düsseldorf"               the Land whose capital it is
 *   "die Kieler Landesregierung"                      the Land whose capital it is
 *   "der Landtag des Landes Baden-Württemberg"        the parliament of the Land in the genitive
 * The Landtag the sentence names with its Land ("der Hessische Landtag") is the gazetteer's; a bare
 * "die Landesregierung" is an anaphor of the Land (anaphora.ts).
 */
import { landtagId } from "../../model/state-codes.js";
import type { KnownEntity } from "../types.js";
import { capitalBefore, seatAfter } from "./capital-seats.js";
import type { Gazetteer } from "./gazetteer.js";
import type { Mention } from "./mentions.js";
import type { Token } from "./tokenize.js";

/** The noun in the nominative, dative and genitive: "Landtag", "Landtags", "Landesparlamentes". */
const HEAD = /^(Landtag|Landesparlament)(?:e?s)?$/;
const GOVERNMENT = /^(Landesregierung|Staatsregierung|Kabinett|Kabinetts|Landeskabinett|Landeskabinetts)$/;
const DETERMINER = /^(der|des|dem|den|das|beim|vom|zum|im|ins|am)$/i;

export function landOrgans(
  sentence: string,
  tokens: Token[],
  mentions: Mention[],
  gazetteer: Gazetteer,
): Mention[] {
  const covered = new Set<number>();
  for (const mention of mentions) for (let i = mention.first; i < mention.last; i += 1) covered.add(i);
  const found: Mention[] = [];
  const push = (first: number, last: number, entity: KnownEntity) => {
    const start = tokens[first]!.start;
    const end = tokens[last - 1]!.end;
    found.push({ start, end, first, last, text: sentence.slice(start, end), entity, form: "anaphor" });
  };
  tokens.forEach((token, i) => {
    const government =
      GOVERNMENT.test(token.text) && !covered.has(i) ? seatAfter(tokens, mentions, i) : undefined;
    const seatedLand = government ? gazetteer.byId.get(government.land) : undefined;
    if (government && seatedLand) push(i, government.last, seatedLand);
    // "die Kieler Landesregierung", "das Dresdner Kabinett": the Land whose capital the adjective names.
    const capital = GOVERNMENT.test(token.text) && !covered.has(i) ? capitalBefore(mentions, i) : undefined;
    const capitalLand = capital && !government ? gazetteer.byId.get(capital) : undefined;
    if (capitalLand) push(i - 1, i + 1, capitalLand);
    // ("des Landtags Brandenburg": a name of its own follows.)
    if (!HEAD.test(token.text) || covered.has(i) || /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "")) return;
    const named = landNamedAfter(tokens, mentions, i);
    if (named) {
      const entity = gazetteer.byId.get(landtagId(named.entity.id) ?? "");
      if (entity) push(i, named.last, entity);
      return;
    }
    const seat = seatAfter(tokens, mentions, i);
    const townAdjective = seat ? undefined : capitalBefore(mentions, i);
    const first = townAdjective ? i - 1 : i;
    if (!DETERMINER.test(tokens[first - 1]?.text ?? "")) return;
    const land = seat?.land ?? townAdjective ?? landBefore(mentions, i);
    const id = land ? landtagId(land) : undefined;
    const entity = id ? gazetteer.byId.get(id) : undefined;
    if (!entity) return;
    push(first, seat?.last ?? i + 1, entity);
  });
  return found;
}

/** "des Landes", "des Freistaates": the Land named right after them is the one whose the noun is. */
const OF_LAND = /^(Landes|Freistaats|Freistaates)$/;

/** "der Landtag des Landes Baden-Württemberg": the Land named in the genitive right after the noun. */
function landNamedAfter(tokens: Token[], mentions: Mention[], index: number): Mention | undefined {
  if (tokens[index + 1]?.text !== "des") return undefined;
  return mentions.find(
    (m) =>
      m.entity.type === "State" &&
      (m.first === index + 2 || (m.first === index + 3 && OF_LAND.test(tokens[index + 2]?.text ?? ""))),
  );
}

/**
 * The one Land the sentence named before the noun ("In Sachsen hat der Landtag ..."). (Not the Land
 * the item is about: "Mitglied des Landtags" in a profile may be of another Land's parliament.)
 */
function landBefore(mentions: Mention[], index: number): string | undefined {
  const before = new Set(
    mentions.filter((m) => m.last <= index && m.entity.type === "State").map((m) => m.entity.id),
  );
  return before.size === 1 ? [...before][0] : undefined;
}
