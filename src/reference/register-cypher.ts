/** The statements that write the register. Each MERGEs on ids, so loading twice changes nothing. */

/**
 * A State node may already exist (the curated reference data creates the Länder with more
 * properties); the register only fills in what is missing.
 */
export const MERGE_STATES = `
UNWIND $rows AS row
MERGE (s:Entity:State {id: row.id})
  ON CREATE SET s.name = row.name, s.aliases = [], s.aliasText = ''
SET s.agsPrefix = row.key`;

export const MERGE_COUNTIES = `
UNWIND $rows AS row
MATCH (s:State {id: row.stateId})
MERGE (c:Entity:County {id: row.id})
SET c.name = row.name, c.officialName = row.officialName, c.officialSuffix = row.officialSuffix,
    c.kind = row.kind, c.population = toInteger(row.population), c.areaKm2 = row.areaKm2,
    c.aliases = row.aliases, c.aliasText = row.aliasText
MERGE (c)-[:IN_STATE]->(s)`;

export const MERGE_MUNICIPALITIES = `
UNWIND $rows AS row
MATCH (c:County {id: row.countyId})
MERGE (m:Entity:Municipality {id: row.id})
SET m.name = row.name, m.officialName = row.officialName, m.officialSuffix = row.officialSuffix,
    m.population = toInteger(row.population), m.areaKm2 = row.areaKm2,
    m.aliases = row.aliases, m.aliasText = row.aliasText
MERGE (m)-[:IN_COUNTY]->(c)`;
// JavaScript numbers reach Neo4j as floats; integer properties are converted with toInteger().
