/** The register as typed records, independent of the file layout it was read from. */
export interface StateRecord {
  key: string;
  /** ISO 3166-2, the State node's id. */
  id: string;
  name: string;
}

export interface CountyRecord {
  /** 5-digit county key, the County node's id. */
  id: string;
  name: string;
  officialName: string;
  officialSuffix: string | null;
  kind: string;
  stateKey: string;
  stateId: string;
  aliases: string[];
}

export interface MunicipalityRecord {
  /** 8-digit AGS, the Municipality node's id. */
  id: string;
  name: string;
  officialName: string;
  officialSuffix: string | null;
  countyId: string;
  stateKey: string;
  population: number;
  areaKm2: number;
  aliases: string[];
}

export interface MunicipalRegister {
  states: StateRecord[];
  counties: CountyRecord[];
  municipalities: MunicipalityRecord[];
}
