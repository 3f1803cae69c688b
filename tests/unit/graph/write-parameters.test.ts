/**
 * Neo4j 5 caches a plan per query text and parameter types, and counts a list's size bucket and a
 * string's length bucket as part of its type: the article write keeps one plan only while no
 * list or string travels as a parameter of its own.
 */
import { describe, expect, it } from "vitest";
import type { ArticleFacts, Fact } from "../../../src/model/fact.js";
import { writeParameters } from "../../../src/graph/write-article.js";

const fact = (person: string, confidence: number): Fact => ({
  type: "holdsOffice",
  subject: { id: person.toLowerCase().replace(/ /g, "-"), name: person, type: "Person" },
  object: { id: "DE-SN", name: "Sachsen", type: "State" },
  role: "CIO",
  from: "2025-02-07",
  precision: "day",
  quote: `${person} ist neue CIO des Freistaats Sachsen.`,
  confidence,
});

const article = (facts: Fact[]): ArticleFacts => ({
  article: { id: `a-${facts.length}`, title: "Meldung", contentHash: "h", publishedAt: "2025-02-07" },
  facts,
});

/** The type of each top-level parameter as the plan cache sees it, lists and strings with their size. */
const signature = (parameters: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(parameters).map(([key, value]) => [
      key,
      Array.isArray(value)
        ? `list of ${value.length}`
        : typeof value === "string"
          ? `string of ${value.length}`
          : typeof value,
    ]),
  );

describe("the article write's parameters", () => {
  it("have the same types for an article without facts, with one, and with several accepted and queued", () => {
    const none = writeParameters(article([]), [], { replace: true });
    const one = writeParameters(article([fact("Daniela Dylakiewicz", 0.9)]), [], { replace: true });
    const several = writeParameters(
      article([fact("Anna Keller", 0.9), fact("Jonas Muster", 0.95), fact("Eva Beispiel", 0.85)]),
      [fact("Karl Probe", 0.5), fact("Lena Test", 0.6)],
      { replace: true, curated: true },
    );
    expect(signature(one)).toEqual(signature(none));
    expect(signature(several)).toEqual(signature(none));
    expect(Object.values(signature(none)).every((type) => type === "object" || type === "boolean")).toBe(
      true,
    );
  });

  it("carry every fact, entity and review item of the article inside the rows map", () => {
    const { rows } = writeParameters(
      article([fact("Anna Keller", 0.9), fact("Jonas Muster", 0.95)]),
      [fact("Karl Probe", 0.5)],
      {
        replace: true,
      },
    );
    expect(rows.facts).toHaveLength(2);
    expect(rows.factIds).toEqual(rows.facts.map((row) => row.id));
    expect(rows.entities.map((entity) => entity.id).sort()).toEqual(["DE-SN", "anna-keller", "jonas-muster"]);
    expect(rows.reviews.map((review) => review.id)).toEqual(rows.reviewIds);
    expect(rows.reviewIds).toHaveLength(1);
  });
});
