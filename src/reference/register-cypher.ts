/**
 * The statements that write the register, in the shapes of src/model/graph-shapes.ts (the offline
 * import, src/generate/offline/, writes the same shapes as CSV). Each MERGEs on ids, so loading
 * twice changes nothing.
 */
import { ENTITY_SHAPE, REGION_SHAPE, setProperties } from "../model/graph-shapes.js";

export const STATE_SHAPE = { ...ENTITY_SHAPE, agsPrefix: "string" } as const;
export const COUNTY_SHAPE = { ...ENTITY_SHAPE, ...REGION_SHAPE, kind: "string" } as const;
export const MUNICIPALITY_SHAPE = { ...ENTITY_SHAPE, ...REGION_SHAPE } as const;

/**
 * A State node may already exist (the curated reference data creates the Länder with more
 * properties); the register only fills in what is missing.
 */
export const MERGE_STATES = `
UNWIND $rows AS row
MERGE (s:Entity:State {id: row.id})
  ON CREATE SET ${setProperties("s", ENTITY_SHAPE, "row")}
SET s.agsPrefix = row.agsPrefix`;

export const MERGE_COUNTIES = `
UNWIND $rows AS row
MATCH (s:State {id: row.stateId})
MERGE (c:Entity:County {id: row.id})
SET ${setProperties("c", COUNTY_SHAPE, "row")}
MERGE (c)-[:IN_STATE]->(s)`;

export const MERGE_MUNICIPALITIES = `
UNWIND $rows AS row
MATCH (c:County {id: row.countyId})
MERGE (m:Entity:Municipality {id: row.id})
SET ${setProperties("m", MUNICIPALITY_SHAPE, "row")}
MERGE (m)-[:IN_COUNTY]->(c)`;
