/** The pure checks behind the hostile-request limits: argument measuring, dates, cursors, search words. */
import { parse, type OperationDefinitionNode, type FieldNode } from "graphql";
import { describe, expect, it } from "vitest";
import { GovGraphError } from "../../../src/api/errors.js";
import { checkCursor, integerInRange, isCalendarDay } from "../../../src/api/input.js";
import { ArgumentMeter } from "../../../src/api/limits/argument-values.js";
import { luceneQuery } from "../../../src/api/queries/search.js";

const LIMITS = { maxArgumentDepth: 4, maxArgumentNodes: 10, maxStringLength: 20 };

/** Measures every argument of the operation's first field; the code it is refused with, or "ok". */
function measure(query: string, variables: Record<string, unknown> = {}, longText = false): string {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  const field = operation.selectionSet.selections[0] as FieldNode;
  const meter = new ArgumentMeter(LIMITS, variables);
  try {
    for (const argument of field.arguments ?? [])
      meter.measure(argument.name.value, argument.value, longText);
    return "ok";
  } catch (error) {
    return (error as GovGraphError).extensions.code as string;
  }
}

describe("ArgumentMeter", () => {
  it("counts nesting in literals and in variables alike", () => {
    expect(measure("{ f(w: {a: {b: {c: {d: 1}}}}) }")).toBe("ok");
    expect(measure("{ f(w: {a: {b: {c: {d: {e: 1}}}}}) }")).toBe("ARGUMENT_TOO_DEEP");
    expect(measure("query ($w: W) { f(w: $w) }", { w: { a: { b: { c: { d: 1 } } } } })).toBe("ok");
    expect(measure("query ($w: W) { f(w: {x: $w}) }", { w: { a: { b: { c: 1 } } } })).toBe("ok");
    expect(measure("query ($w: W) { f(w: {x: $w}) }", { w: { a: { b: { c: { d: 1 } } } } })).toBe(
      "ARGUMENT_TOO_DEEP",
    );
    expect(measure("{ f(w: [[[[[1]]]]]) }")).toBe("ARGUMENT_TOO_DEEP");
  });

  it("counts list items and object fields over all arguments", () => {
    expect(measure("{ f(a: [1, 2, 3, 4, 5], b: [1, 2, 3, 4, 5]) }")).toBe("ok");
    expect(measure("{ f(a: [1, 2, 3, 4, 5], b: [1, 2, 3, 4, 5, 6]) }")).toBe("ARGUMENTS_TOO_LARGE");
    expect(measure("query ($l: [Int]) { f(a: $l) }", { l: Array.from({ length: 11 }, (_, i) => i) })).toBe(
      "ARGUMENTS_TOO_LARGE",
    );
  });

  it("limits strings except for long-text arguments", () => {
    expect(measure(`{ f(s: "${"x".repeat(20)}") }`)).toBe("ok");
    expect(measure(`{ f(s: "${"x".repeat(21)}") }`)).toBe("ARGUMENT_TOO_LONG");
    expect(measure("query ($s: String) { f(s: {t: [$s]}) }", { s: "x".repeat(21) })).toBe(
      "ARGUMENT_TOO_LONG",
    );
    expect(measure(`{ f(s: "${"x".repeat(21)}") }`, {}, true)).toBe("ok");
  });
});

describe("argument checks", () => {
  it("reads only real calendar days written YYYY-MM-DD", () => {
    expect(["2025-02-07", "2024-02-29", "0001-01-01"].map(isCalendarDay)).toEqual([true, true, true]);
    const refused = ["2025-02-30", "2023-02-29", "-1", "2025-02-07T10:00:00Z", "2025-2-7", "20250207", ""];
    expect(refused.filter(isCalendarDay)).toEqual([]);
  });

  it("refuses integers out of range with BAD_USER_INPUT and one wording", () => {
    expect(integerInRange(undefined, "limit", 1, 50, 10)).toBe(10);
    expect(integerInRange(0, "first", 0, 200)).toBe(0);
    for (const value of [-1, 51, 1.5, "5", Number.NaN]) {
      expect(() => integerInRange(value, "limit", 1, 50, 10)).toThrow(
        "limit must be an integer from 1 to 50.",
      );
    }
  });

  it("accepts only cursors of the form the API gives out", () => {
    const cursor = (text: string) => Buffer.from(text).toString("base64");
    expect(() => checkCursor(cursor("arrayconnection:49"), "after")).not.toThrow();
    for (const forged of [cursor("arrayconnection:-5"), cursor("arrayconnection:1e9"), "%%%", cursor("x")]) {
      expect(() => checkCursor(forged, "after")).toThrow(GovGraphError);
    }
  });
});

describe("luceneQuery", () => {
  it("turns operators into words and cuts long words", () => {
    expect(luceneQuery("Bund AND Länder")).toBe("(bund OR bund*) AND (and OR and*) AND (länder OR länder*)");
    expect(luceneQuery('NOT "x" y~2 [a TO b]')).toBe(
      "(not OR not*) AND (x OR x*) AND (y OR y*) AND (2 OR 2*) AND (a OR a*) AND (to OR to*) AND (b OR b*)",
    );
    expect(luceneQuery("w".repeat(500))).toBe(`(${"w".repeat(64)} OR ${"w".repeat(64)}*)`);
    expect(luceneQuery(" +-&& ")).toBeNull();
  });
});
