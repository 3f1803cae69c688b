/**
 * The fact registry (src/model/fact-types/) is the one place a fact type is defined; the SDL and
 * the constraints are written by hand and checked against it here.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../../src/config/env.js";
import type { Fact } from "../../../src/model/fact.js";
import { defineFactType } from "../../../src/model/fact-types/define.js";
import { FACT_DEFINITIONS, FACT_REGISTRY } from "../../../src/model/fact-types/index.js";
import { ACTOR, PROJECT_OR_BODY } from "../../../src/model/fact-types/participants.js";
import { factId } from "../../../src/model/ids.js";
import { summarize, summaryParts } from "../../../src/model/summary.js";
import { FACT_LABEL, FACT_TYPES } from "../../../src/model/vocabulary.js";
import { registryMismatches } from "../../helpers/fact-registry-schema.js";

const sdl = readFileSync(path.join(projectRoot, "schema", "typeDefs.graphql"), "utf8");
const constraints = readFileSync(path.join(projectRoot, "schema", "constraints.cypher"), "utf8");

/** A type that exists only in this test, with its SDL and constraint, to prove the recipe. */
const awards = defineFactType({
  type: "awards",
  label: "Award",
  description: "X gives a project or body an award.",
  roles: {
    SUBJECT: { field: "jury", entities: ACTOR },
    OBJECT: { field: "winner", entities: PROJECT_OR_BODY },
  },
  properties: ["text"],
  identity: { timeless: false, qualifier: "text" },
  summary: ({ subject, object, text, when }) => `${subject} awards ${object}${text}${when}`,
  labels: {
    en: "awards",
    de: "zeichnet aus",
    deSummary: { pattern: /^(.+?) awards (.+)$/, replacement: "$1 zeichnet $2 aus" },
  },
  colour: "#5a8f29",
});
/** Its SDL: the Launch type's, renamed (same participants and properties). */
const launchSdl = sdl.slice(sdl.indexOf('"launches:'), sdl.indexOf("\n}\n", sdl.indexOf('"launches:')) + 3);
const awardSdl = launchSdl
  .replaceAll("Launch", "Award")
  .replace('"launches:', '"awards:')
  .replace("  actor:", "  jury:")
  .replace("  project:", "  winner:");
const awardConstraint = "CREATE CONSTRAINT award_id IF NOT EXISTS FOR (n:Award) REQUIRE n.id IS UNIQUE;";

describe("the fact registry", () => {
  it("agrees with the SDL's fact types and the constraints, field by field", () => {
    expect(registryMismatches(FACT_DEFINITIONS, sdl, constraints)).toEqual([]);
  });

  it("is where the vocabulary's fact types and labels come from", () => {
    expect(FACT_TYPES).toEqual(Object.keys(FACT_REGISTRY));
    for (const type of FACT_TYPES) {
      expect(FACT_REGISTRY[type].type).toBe(type);
      expect(FACT_LABEL[type]).toBe(FACT_REGISTRY[type].label);
    }
  });

  it("gives each type its own label and a colour, and never a label that is a first-class query's type", () => {
    const labels = FACT_DEFINITIONS.map((entry) => entry.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const entry of FACT_DEFINITIONS) {
      expect(entry.colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(entry.labels.de.length).toBeGreaterThan(1);
      expect(entry.labels.en.length).toBeGreaterThan(1);
    }
    // @neo4j/graphql would generate a query `chairs` for a type `Chair`.
    expect(labels).not.toContain("Chair");
  });

  it("catches a type added to the registry without its SDL and constraint, and accepts it with them", () => {
    const registry = [...FACT_DEFINITIONS, awards];
    expect(registryMismatches(registry, sdl, constraints)).toEqual(["awards: no SDL type Award"]);
    expect(registryMismatches(registry, sdl + awardSdl, constraints)).toEqual([
      "awards: no unique-id constraint for Award in constraints.cypher",
    ]);
    expect(registryMismatches(registry, sdl + awardSdl, constraints + awardConstraint)).toEqual([]);
    expect(registryMismatches(FACT_DEFINITIONS, sdl + awardSdl, constraints)).toEqual([
      "SDL type Award is not in the registry",
    ]);
  });

  it("catches an SDL type whose participants or properties differ from its entry", () => {
    const wrongRole = sdl.replace(
      'holder: [Actor!]! @relationship(type: "SUBJECT"',
      'holder: [Person!]! @relationship(type: "SUBJECT"',
    );
    expect(registryMismatches(FACT_DEFINITIONS, wrongRole, constraints)).toEqual([
      "chairs: SUBJECT is Person in the SDL, County, Federation, Municipality, Organization, Person, State in the registry",
    ]);
    const extraProperty = sdl.replace(
      '"Amount in EUR."\n  amount: Float',
      '"Amount in EUR."\n  amount: Float\n  role: String',
    );
    expect(registryMismatches(FACT_DEFINITIONS, extraProperty, constraints)).toEqual([
      "funds: properties are [amount, role] in the SDL, [amount] in the registry",
    ]);
  });

  it("summarises and identifies a fact by its type's entry", () => {
    const fact: Fact = {
      type: "succeeds",
      subject: { id: "a", name: "Anna Beispiel", type: "Person" },
      object: { id: "b", name: "Bernd Muster", type: "Person" },
      role: "CIO",
      year: 2025,
      quote: "Anna Beispiel folgt Bernd Muster als CIO.",
      confidence: 0.9,
    };
    expect(summarize(fact)).toBe(FACT_REGISTRY.succeeds.summary(summaryParts(fact)));
    expect(summarize(fact)).toBe("Anna Beispiel succeeds Bernd Muster as CIO (2025)");
    // succeeds is timeless: the year is not part of its id; chairs is not.
    expect(factId(fact)).toBe("succeeds/a/b/cio");
    expect(factId({ ...fact, type: "chairs", role: undefined })).toBe("chairs/a/b/2025");
    expect(awards.summary(summaryParts({ ...fact, text: "Preis" }))).toBe(
      "Anna Beispiel awards Bernd Muster: Preis (2025)",
    );
  });
});
