/**
 * Writes the curated reference entities (Länder, Bund, bodies, people, projects) idempotently:
 * ENTITY_SHAPE of src/model/graph-shapes.ts (name, aliases, the one aliasText rule) plus whatever
 * the reference files say of an entity (official name, Wikidata id, kind, ...).
 */
import type { Driver } from "neo4j-driver";
import { aliasText } from "../model/graph-shapes.js";
import type { ReferenceData } from "./reference-files.js";

export async function writeReferenceEntities(
  driver: Driver,
  database: string,
  reference: ReferenceData,
): Promise<number> {
  const groups: { label: string; rows: Record<string, unknown>[] }[] = [
    {
      label: "State",
      rows: reference.states.map(({ aliases, adjectives, ...state }) => ({
        ...state,
        aliases,
        adjectives,
        aliasText: aliasText([state.name, state.officialName], aliases),
      })),
    },
    {
      label: "Federation",
      rows: reference.federation.map(({ aliases, ...federation }) => ({
        ...federation,
        aliases,
        aliasText: aliasText([federation.name, federation.officialName], aliases),
      })),
    },
    {
      label: "Organization",
      rows: reference.organizations.map(({ aliases, partOf: _partOf, ...organization }) => ({
        ...organization,
        aliases,
        aliasText: aliasText([organization.name, organization.abbreviation], aliases),
      })),
    },
    {
      label: "Person",
      rows: reference.people.map(({ aliases, ...person }) => ({
        ...person,
        aliases,
        aliasText: aliasText([person.name], aliases),
      })),
    },
    {
      label: "Project",
      rows: reference.projects.map(({ aliases, ...project }) => ({
        ...project,
        aliases,
        aliasText: aliasText([project.name], aliases),
      })),
    },
  ];
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      let written = 0;
      for (const { label, rows } of groups) {
        // `label` is one of the fixed names above.
        await tx.run(`UNWIND $rows AS row MERGE (n:Entity {id: row.id}) SET n:${label}, n += row`, { rows });
        written += rows.length;
      }
      const parts = reference.organizations
        .filter((o) => o.partOf)
        .map((o) => ({ id: o.id, partOf: o.partOf }));
      await tx.run(
        `UNWIND $parts AS part
         MATCH (o:Entity {id: part.id}), (p:Entity {id: part.partOf})
         MERGE (o)-[:PART_OF]->(p)`,
        { parts },
      );
      return written;
    });
  } finally {
    await session.close();
  }
}
