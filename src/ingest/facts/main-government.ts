/**
 * The government an article without a named Land is about, for offices named without their
 * owner: the Bund when it names the Bund or a federal ministry or agency, else the Land most of
 * its named municipalities lie in ("Neuss", "Mönchengladbach": Nordrhein-Westfalen).
 */
import { FEDERATION_ID, STATE_ISO_BY_AGS_PREFIX } from "../../model/state-codes.js";
import type { Gazetteer } from "../entities/gazetteer.js";
import type { Mention } from "../entities/mentions.js";
import type { KnownEntity } from "../types.js";

export function mainGovernment(mentions: Mention[], gazetteer: Gazetteer): KnownEntity | undefined {
  if (mentions.some((m) => m.entity.type === "State")) return undefined;
  const federal = mentions.some(
    (m) =>
      m.entity.type === "Federation" ||
      (m.entity.type === "Organization" && m.entity.partOf === FEDERATION_ID),
  );
  if (federal) return gazetteer.byId.get(FEDERATION_ID);
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const land =
      m.entity.type === "Municipality" ? STATE_ISO_BY_AGS_PREFIX[m.entity.id.slice(0, 2)] : undefined;
    if (land) counts.set(land, (counts.get(land) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? gazetteer.byId.get(best[0]) : undefined;
}
