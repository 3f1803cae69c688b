/**
 * The Land whose government published an item, by the host of its URL: a press release on
 * "stk.niedersachsen.de" or "brandenburg.de" speaks of that Land's ministers when a sentence
 * names none ("Finanzminister X begrüßte ..."), whatever Länder the item lists before.
 */
import type { Gazetteer } from "../entities/gazetteer.js";
import type { KnownEntity } from "../types.js";

/** A Land government's own domains (the host or any subdomain of them). */
const GOVERNMENT_DOMAINS: Record<string, string[]> = {
  "DE-BW": ["baden-wuerttemberg.de"],
  "DE-BY": ["bayern.de"],
  "DE-BE": ["berlin.de"],
  "DE-BB": ["brandenburg.de"],
  "DE-HB": ["bremen.de"],
  "DE-HH": ["hamburg.de"],
  "DE-HE": ["hessen.de"],
  "DE-MV": ["regierung-mv.de", "mv-regierung.de"],
  "DE-NI": ["niedersachsen.de"],
  "DE-NW": ["nrw.de", "land.nrw"],
  "DE-RP": ["rlp.de"],
  "DE-SL": ["saarland.de"],
  "DE-SN": ["sachsen.de"],
  "DE-ST": ["sachsen-anhalt.de"],
  "DE-SH": ["schleswig-holstein.de"],
  "DE-TH": ["thueringen.de"],
};

export function publisherState(url: string | undefined, gazetteer: Gazetteer): KnownEntity | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const owns = (domain: string) => host === domain || host.endsWith(`.${domain}`);
  const land = Object.entries(GOVERNMENT_DOMAINS).find(([, domains]) => domains.some(owns))?.[0];
  return land ? gazetteer.byId.get(land) : undefined;
}
