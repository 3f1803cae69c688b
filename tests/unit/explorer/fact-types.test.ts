/** The explorer's colours, labels and German summaries of fact types come from the fact registry. */
import { describe, expect, it } from "vitest";
import { edgeColorOf } from "../../../src/explorer/graph/styles.js";
import { factTypeLabel } from "../../../src/explorer/ui/i18n.js";
import { localizeSummary } from "../../../src/explorer/ui/wording.js";
import type { Fact } from "../../../src/model/fact.js";
import { FACT_DEFINITIONS } from "../../../src/model/fact-types/index.js";
import { summarize } from "../../../src/model/summary.js";
import { FACT_TYPES } from "../../../src/model/vocabulary.js";

function sampleFact(type: Fact["type"]): Fact {
  return {
    type,
    subject: { id: "a", name: "Freistaat Sachsen", type: "State" },
    object: { id: "b", name: "IT-Planungsrat", type: "Organization" },
    role: "CIO",
    text: "eine Strategie",
    amount: 2_500_000,
    count: 270,
    countUnit: "Ausländerbehörden",
    year: 2025,
    quote: "Ein Satz.",
    confidence: 1,
  };
}

describe("fact types in the explorer", () => {
  it("draw each fact type in its registry colour and a structural link in the quiet one", () => {
    for (const entry of FACT_DEFINITIONS) expect(edgeColorOf(entry.type)).toBe(entry.colour);
    expect(edgeColorOf("PART_OF")).toBe("#b9c0cb");
  });

  it("name each fact type with its registry label in both languages", () => {
    for (const entry of FACT_DEFINITIONS) {
      expect(factTypeLabel("de", entry.type)).toBe(entry.labels.de);
      expect(factTypeLabel("en", entry.type)).toBe(entry.labels.en);
    }
    expect(factTypeLabel("de", "PART_OF")).toBe("gehört zu");
  });

  it("word every type's English summary in German with that type's own pattern", () => {
    for (const type of FACT_TYPES) {
      const english = summarize(sampleFact(type));
      // The explorer takes the first pattern that matches: it must be this type's own.
      const first = FACT_DEFINITIONS.find((entry) => entry.labels.deSummary.pattern.test(english));
      expect(first?.type, english).toBe(type);
      expect(localizeSummary("de", english)).not.toBe(english);
    }
    expect(localizeSummary("de", summarize(sampleFact("memberOf")))).toBe(
      "Freistaat Sachsen ist Mitglied von IT-Planungsrat (2025)",
    );
  });
});
