/**
 * One fact per identity: the surest statement is kept, with the time another statement of the same
 * fact gives where it has none.
 */
import { describe, expect, it } from "vitest";
import { dedupeFacts } from "../../../src/ingest/facts/dedupe-facts.js";
import type { Fact } from "../../../src/model/fact.js";

function office(confidence: number, time: Partial<Fact> = {}): Fact {
  return {
    type: "holdsOffice",
    subject: { id: "anna-kern", name: "Anna Kern", type: "Person" },
    object: { id: "bund", name: "Bund", type: "Federation" },
    role: "Staatssekretärin",
    quote: "Staatssekretärin Anna Kern hat ihr Amt angetreten.",
    confidence,
    ...time,
  };
}

describe("facts stated twice", () => {
  it("keep the surer statement", () => {
    const [kept] = dedupeFacts([office(0.65), office(0.8)]);
    expect(kept!.confidence).toBe(0.8);
  });

  it("keep the time the less sure statement gives", () => {
    const facts = dedupeFacts([office(0.6, { from: "2015-10-01", precision: "day" }), office(0.8)]);
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ confidence: 0.8, from: "2015-10-01", precision: "day" });
  });

  it("keep the surer statement's own time over another's", () => {
    const facts = dedupeFacts([
      office(0.6, { from: "2015-10-01", precision: "day" }),
      office(0.8, { from: "2016-01-01", precision: "month" }),
    ]);
    expect(facts[0]).toMatchObject({ from: "2016-01-01", precision: "month" });
  });
});

function participation(projectName: string, confidence: number): Fact {
  return {
    type: "participatesIn",
    subject: { id: "landau", name: "Landau in der Pfalz", type: "Municipality" },
    object: { id: projectName.toLowerCase().replace(/\s+/g, "-"), name: projectName, type: "Project" },
    quote: "Die pfälzische Stadt Landau beteiligt sich am Interkommunalen Netzwerk Digitale Stadt.",
    confidence,
  };
}

describe("a project named in two inflections", () => {
  it("is one project: the surer statement is kept", () => {
    const facts = dedupeFacts([
      participation("Interkommunales Netzwerk Digitale Stadt", 0.75),
      participation("Interkommunalen Netzwerk Digitale Stadt", 0.7),
    ]);
    expect(facts.map((f) => f.object?.name)).toEqual(["Interkommunales Netzwerk Digitale Stadt"]);
  });

  it("while two projects with different words stay two", () => {
    const facts = dedupeFacts([
      participation("Netzwerk Digitale Stadt", 0.75),
      participation("Netzwerk Digitale Region", 0.75),
    ]);
    expect(facts).toHaveLength(2);
  });
});
