/**
 * A chair's holder named right after a year's phrase ("Den Vorsitz der Digitalministerkonferenz
 * hat in diesem Jahr Hessen"), which the parser reads as the year's apposition (sentences written
 * for these tests; parses in tests/fixtures/parses/names-after-years.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("names-after-years");
const chairs = async (text: string) =>
  (await facts(text, "chairs")).map((f) => `${pair(f)} ${f.confidence >= 0.8 ? "graph" : "review"}`);

describe("a holder named after a year", () => {
  it("holds the chair the verb names, for the graph", async () => {
    expect(await chairs("Den Vorsitz der Digitalministerkonferenz hat in diesem Jahr Hessen.")).toEqual([
      "Hessen -> Digitalministerkonferenz graph",
    ]);
  });

  it("holds the chair the verb takes", async () => {
    expect(
      await chairs("Den Vorsitz der Digitalministerkonferenz übernimmt im kommenden Jahr Bayern."),
    ).toEqual(["Bayern -> Digitalministerkonferenz graph"]);
  });
});
