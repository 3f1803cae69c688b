/** Dates in answers: days already written YYYY-MM-DD go out as they are, anything else as before. */
import { buildSchema, GraphQLScalarType } from "graphql";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { makeDatesStrict } from "../../../src/api/strict-dates.js";

/** A schema whose Date scalar serialises like @neo4j/graphql's: through a JavaScript Date. */
function dateScalar(): { type: GraphQLScalarType; original: string[] } {
  const schema = buildSchema("scalar Date type Query { day: Date }");
  const type = schema.getType("Date") as GraphQLScalarType;
  const original: string[] = [];
  type.serialize = (value: unknown) => {
    original.push(String(value));
    return new Date(String(value)).toISOString().split("T")[0];
  };
  makeDatesStrict(schema);
  return { type, original };
}

describe("Date in answers", () => {
  it("answers a calendar day, as text or as a Neo4j date, without parsing it again", () => {
    const { type, original } = dateScalar();
    expect(type.serialize("2024-06-01")).toBe("2024-06-01");
    expect(type.serialize(new neo4j.types.Date(2025, 2, 7))).toBe("2025-02-07");
    expect(original).toEqual([]);
  });

  it("hands anything else to the original serialiser", () => {
    const { type, original } = dateScalar();
    expect(type.serialize("2024-06-01T22:00:00Z")).toBe("2024-06-01");
    expect(original).toEqual(["2024-06-01T22:00:00Z"]);
  });
});
