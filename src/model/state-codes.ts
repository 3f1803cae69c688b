/** The Länder's two-digit AGS prefix and their ISO 3166-2 code (the id of a State node). */
export const STATE_ISO_BY_AGS_PREFIX: Readonly<Record<string, string>> = {
  "01": "DE-SH",
  "02": "DE-HH",
  "03": "DE-NI",
  "04": "DE-HB",
  "05": "DE-NW",
  "06": "DE-HE",
  "07": "DE-RP",
  "08": "DE-BW",
  "09": "DE-BY",
  "10": "DE-SL",
  "11": "DE-BE",
  "12": "DE-BB",
  "13": "DE-MV",
  "14": "DE-SN",
  "15": "DE-ST",
  "16": "DE-TH",
};

export function stateIsoCode(agsPrefix: string): string {
  const iso = STATE_ISO_BY_AGS_PREFIX[agsPrefix];
  if (!iso) throw new RangeError(`no Land has the AGS prefix "${agsPrefix}"`);
  return iso;
}

/** The city-states: Land and city at once (Berlin, Hamburg, Bremen). */
export const CITY_STATE_IDS: ReadonlySet<string> = new Set(["DE-BE", "DE-HH", "DE-HB"]);

/** The Bund's id: the federation every Land belongs to. */
export const FEDERATION_ID = "DE";

/**
 * The id of a territorial Land's parliament in the reference data ("DE-SN" -> "landtag-sn"); the
 * city-states' parliaments (Abgeordnetenhaus, Bürgerschaft) are no Landtag.
 */
export function landtagId(stateId: string): string | undefined {
  return CITY_STATE_IDS.has(stateId) ? undefined : `landtag-${stateId.replace(/^DE-/, "").toLowerCase()}`;
}

/** The seats of the territorial Länder's governments and parliaments (AGS of the town -> the Land). */
export const CAPITAL_STATE_BY_AGS: Readonly<Record<string, string>> = {
  "01002000": "DE-SH", // Kiel
  "03241001": "DE-NI", // Hannover
  "05111000": "DE-NW", // Düsseldorf
  "06414000": "DE-HE", // Wiesbaden
  "07315000": "DE-RP", // Mainz
  "08111000": "DE-BW", // Stuttgart
  "09162000": "DE-BY", // München
  "10041100": "DE-SL", // Saarbrücken
  "12054000": "DE-BB", // Potsdam
  "13004000": "DE-MV", // Schwerin
  "14612000": "DE-SN", // Dresden
  "15003000": "DE-ST", // Magdeburg
  "16051000": "DE-TH", // Erfurt
};
