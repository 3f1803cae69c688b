/**
 * The column names of the register's CSV files, in one place. A newer register with other
 * headers needs a new layout here, nothing else. (Current: Destatis GV100AD, 30.11.2023,
 * converted to CSV; see seed/data/README.md.)
 */
export interface RegisterLayout {
  files: { states: string; counties: string; municipalities: string };
  states: { key: string; name: string };
  counties: { key: string; name: string; stateKey: string; kind: string };
  municipalities: {
    ags: string;
    name: string;
    countyKey: string;
    stateKey: string;
    population: string;
    areaKm2: string;
  };
}

export const GV100AD_CSV_LAYOUT: RegisterLayout = {
  files: { states: "states.csv", counties: "counties.csv", municipalities: "municipalities.csv" },
  states: { key: "state_key", name: "name" },
  counties: { key: "county_key", name: "name", stateKey: "state_key", kind: "kind" },
  municipalities: {
    ags: "ags",
    name: "name",
    countyKey: "county_key",
    stateKey: "state_key",
    population: "population",
    areaKm2: "area_km2",
  },
};
