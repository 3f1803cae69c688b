/**
 * The SDL's fact types are written by hand next to the fact vocabulary (src/model/vocabulary.ts);
 * this keeps them in step with it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../../src/config/env.js";
import { FACT_LABEL, FACT_TYPES } from "../../../src/model/vocabulary.js";

const sdl = readFileSync(path.join(projectRoot, "schema", "typeDefs.graphql"), "utf8");

describe("the schema and the fact vocabulary", () => {
  const document = parse(sdl);
  const factTypes = document.definitions.flatMap((definition) =>
    definition.kind === "ObjectTypeDefinition" && definition.interfaces?.some((i) => i.name.value === "Fact")
      ? [definition]
      : [],
  );

  it("has one SDL type per fact type, named by its label and stored with the labels Fact and that label", () => {
    expect(factTypes.map((type) => type.name.value).sort()).toEqual(Object.values(FACT_LABEL).sort());
    for (const type of factTypes) {
      const node = type.directives?.find((directive) => directive.name.value === "node");
      const labels = node?.arguments?.find((argument) => argument.name.value === "labels");
      expect(
        labels?.value.kind === "ListValue" &&
          labels.value.values.map((v) => (v.kind === "StringValue" ? v.value : "")),
      ).toEqual([type.name.value, "Fact"]);
    }
  });

  it("gives every fact type each field of the Fact interface", () => {
    const fact = document.definitions.find(
      (definition) => definition.kind === "InterfaceTypeDefinition" && definition.name.value === "Fact",
    );
    const required = fact && "fields" in fact ? (fact.fields ?? []).map((field) => field.name.value) : [];
    expect(required.length).toBeGreaterThan(5);
    for (const type of factTypes) {
      const fields = (type.fields ?? []).map((field) => field.name.value);
      expect(fields, type.name.value).toEqual(expect.arrayContaining(required));
    }
    expect(FACT_TYPES).toHaveLength(factTypes.length);
  });
});
