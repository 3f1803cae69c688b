/** Reads the municipal layer of the scale's Länder from the graph; loads the register first if it is missing. */
import type { Driver } from "neo4j-driver";
import type { Progress } from "../bulk/index.js";
import {
  loadMunicipalRegister,
  type MunicipalRegister,
  STATE_ISO_BY_AGS_PREFIX,
  stateIsoCode,
} from "../reference/index.js";
import type { ScaleSpec } from "./scales.js";
import type { Scope } from "./scope.js";

const READ_SCOPE = `
MATCH (s:State) WHERE s.id IN $states
CALL (s) {
  MATCH (c:County)-[:IN_STATE]->(s)
  RETURN collect({id: c.id, name: c.name, kind: c.kind, stateId: s.id}) AS counties
}
CALL (s) {
  MATCH (m:Municipality)-[:IN_COUNTY]->(c:County)-[:IN_STATE]->(s)
  RETURN collect({id: m.id, name: m.name, population: m.population, countyId: c.id}) AS municipalities
}
RETURN s.id AS id, s.agsPrefix AS key, s.name AS name, counties, municipalities`;

export async function readScope(driver: Driver, database: string, spec: ScaleSpec): Promise<Scope> {
  const states = (spec.stateKeys === "all" ? Object.keys(STATE_ISO_BY_AGS_PREFIX) : spec.stateKeys).map(
    stateIsoCode,
  );
  const { records } = await driver.executeQuery(READ_SCOPE, { states }, { database });
  const scope: Scope = { states: [], counties: [], municipalities: [] };
  for (const record of records) {
    scope.states.push({ id: record.get("id"), key: record.get("key"), name: record.get("name") });
    scope.counties.push(...(record.get("counties") as Scope["counties"]));
    scope.municipalities.push(...(record.get("municipalities") as Scope["municipalities"]));
  }
  return sortScope(scope);
}

/**
 * The scope straight from the register, without a graph: what `readScope` returns after the
 * register was loaded into an empty graph. The offline import (`offline/`) plans with it.
 */
export function scopeOfRegister(register: MunicipalRegister): Scope {
  return sortScope({
    states: register.states.map(({ id, key, name }) => ({ id, key, name })),
    counties: register.counties.map(({ id, name, kind, stateId }) => ({ id, name, kind, stateId })),
    municipalities: register.municipalities.map(({ id, name, population, countyId }) => ({
      id,
      name,
      population,
      countyId,
    })),
  });
}

/** Sorted by id, so runs are reproducible whatever order the graph or the files return. */
function sortScope(scope: Scope): Scope {
  const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  scope.states.sort(byId);
  scope.counties.sort(byId);
  scope.municipalities.sort(byId);
  return scope;
}

/** The scope, after loading the register when the graph has no municipality in it yet. */
export async function ensureScope(
  driver: Driver,
  database: string,
  spec: ScaleSpec,
  progress?: Progress,
): Promise<Scope> {
  const scope = await readScope(driver, database, spec);
  if (scope.municipalities.length > 0) return scope;
  await loadMunicipalRegister(driver, database, { progress });
  return readScope(driver, database, spec);
}
