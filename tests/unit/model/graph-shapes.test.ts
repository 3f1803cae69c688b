import { describe, expect, it } from "vitest";
import {
  aliasText,
  columnsOf,
  readProperties,
  setProperties,
  setStatement,
  STATEMENT_SHAPE,
  valuesOf,
} from "../../../src/model/graph-shapes.js";

describe("graph shapes", () => {
  it("makes an entity's search text of its names and aliases, each once, name first", () => {
    expect(aliasText(["Sachsen", "Freistaat Sachsen"], ["Freistaat Sachsen", "SN"])).toBe(
      "Sachsen | Freistaat Sachsen | SN",
    );
    expect(aliasText(["Erika Neu", undefined, null, ""], [])).toBe("Erika Neu");
  });

  it("sets every property of a shape from a row, converting to the property's Neo4j type", () => {
    const shape = { name: "string", population: "long", areaKm2: "double", since: "date" } as const;
    expect(setProperties("m", shape, "row")).toBe(
      "m.name = row.name, m.population = toInteger(row.population), m.areaKm2 = toFloat(row.areaKm2), m.since = date(row.since)",
    );
  });

  it("copies the article's date onto a statement after the claimed properties", () => {
    const clause = setStatement("s", "row.statement", "a");
    for (const key of Object.keys(STATEMENT_SHAPE)) expect(clause).toContain(`s.${key} = `);
    expect(clause.endsWith("s.publishedAt = a.publishedAt")).toBe(true);
  });

  it("gives CSV columns and values in the same order, a missing value as null", () => {
    const shape = { name: "string", aliases: "string[]", count: "long" } as const;
    expect(columnsOf(shape)).toEqual([
      { name: "name", type: "string" },
      { name: "aliases", type: "string[]" },
      { name: "count", type: "long" },
    ]);
    expect(valuesOf(shape, { count: 3, name: "Kiel", other: "left out" })).toEqual(["Kiel", null, 3]);
  });

  it("reads a node back as its id and a shape's properties, dates as ISO text", () => {
    expect(readProperties("a", { title: "string", publishedAt: "date" })).toBe(
      "a {.id, .title, publishedAt: toString(a.publishedAt)}",
    );
  });
});
