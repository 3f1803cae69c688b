/**
 * The Destatis municipal register: reading it and loading it into the graph.
 */
export { DEFAULT_REGISTER_DIR, loadMunicipalRegister, registerRows } from "./load-municipal-register.js";
export { COUNTY_SHAPE, MUNICIPALITY_SHAPE, STATE_SHAPE } from "./register-cypher.js";
export { parseCounties, parseMunicipalities, readRegister } from "./read-register.js";
export { GV100AD_CSV_LAYOUT } from "./register-layout.js";
export type { MunicipalRegister } from "./register-records.js";
export { STATE_ISO_BY_AGS_PREFIX, stateIsoCode } from "../model/state-codes.js";
