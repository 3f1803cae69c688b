/** Cypher pieces the first-class queries share. */

/** A node as a Ref map: {id, name, type}. */
export const ref = (variable: string): string =>
  `{id: ${variable}.id, name: coalesce(${variable}.name, ${variable}.title, ${variable}.id), ` +
  `type: [l IN labels(${variable}) WHERE NOT l IN ['Entity', 'Fact']][0]}`;

/** The relationships that tie facts to participants, and entities to each other. */
export const PARTICIPANT_RELS = "SUBJECT|OBJECT|PROPOSER";
export const STRUCTURE_RELS = "PART_OF|IN_STATE|IN_COUNTY";
