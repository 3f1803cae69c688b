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

/** The capitals of the thirteen Länder that are not city-states, by their municipality key (AGS). */
export const LAND_CAPITAL_KEYS: ReadonlySet<string> = new Set([
  "01002000", // Kiel
  "03241001", // Hannover
  "05111000", // Düsseldorf
  "06414000", // Wiesbaden
  "07315000", // Mainz
  "08111000", // Stuttgart
  "09162000", // München
  "10041100", // Saarbrücken
  "12054000", // Potsdam
  "13004000", // Schwerin
  "14612000", // Dresden
  "15003000", // Magdeburg
  "16051000", // Erfurt
]);
