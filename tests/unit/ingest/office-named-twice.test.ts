/**
 * One office named twice in an item, once in full and once shorter or in another inflection, is
 * one office, by its full name; two offices stay two. Sentences written for this test (parses in
 * tests/fixtures/parses/office-named-twice.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices, roles } = portalItems("office-named-twice");

describe("an office named twice", () => {
  it("is the full name where a later sentence names only its head noun", async () => {
    expect(
      await offices(
        "Der Thüringer Minister für Digitales und Infrastruktur Stefan Schulz stellte den Plan vor. Minister Schulz sagte, das sei ein guter Tag.",
      ),
    ).toEqual(["Stefan Schulz -> Thüringen (Minister für Digitales und Infrastruktur)"]);
  });

  it("is one office in two inflections of an adjectival noun", async () => {
    expect(
      await offices(
        "Der frühere Bevollmächtigte für Innovation und Strategie des Saarlandes, Peter Albers, verklagt die Landesregierung. Albers war bis 2022 Bevollmächtigter für Innovation und Strategie des Saarlandes.",
      ),
    ).toHaveLength(1);
  });

  it("is the head's title where another sentence says that the person leads the body", async () => {
    expect(
      await roles(
        "Der Präsident des Deutschen Landkreistags, Rainer Sauer, sprach in Berlin. Sauer steht seit 2014 an der Spitze des Deutschen Landkreistags.",
      ),
    ).toEqual(["Rainer Sauer -> Deutscher Landkreistag (Präsident)"]);
  });

  it("keeps a deputy's office beside the office it deputises", async () => {
    expect(
      await offices(
        "Der stellvertretende Ministerpräsident Hessens, Karl Brandt, sprach. Ministerpräsident Boris Rhein schwieg.",
      ),
    ).toEqual([
      "Karl Brandt -> Hessen (stellvertretender Ministerpräsident)",
      "Boris Rhein -> Hessen (Ministerpräsident)",
    ]);
  });
});

describe("a deputy's title", () => {
  it("is named in the nominative, whatever the case the sentence puts it in", async () => {
    expect(
      await offices(
        "Die Verbandsmitglieder der ITK Rheinland haben Dr. Markus Brenner als neuen stellvertretenden Verbandsvorsteher gewählt.",
      ),
    ).toEqual(["Markus Brenner -> ITK Rheinland (stellvertretender Verbandsvorsteher)"]);
    expect(await offices("Anna Lenz ist zudem stellvertretende CIO des Landes Hessen.")).toEqual([
      "Anna Lenz -> Hessen (stellvertretende CIO)",
    ]);
  });
});
