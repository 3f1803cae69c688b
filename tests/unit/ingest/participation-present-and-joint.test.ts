/**
 * Taking part told by being "mit dabei" and by a joint project's own word:
 *   - "Mit dabei sind die Städte A und B": the item's project (a bare "Dabei war ..." is no
 *     participation);
 *   - "Das Projekt X ist ein Verbundprojekt der Städte A und B": joint by its word, and the project
 *     its predicate names
 * (sentences written for these tests; parses in tests/fixtures/parses/participation-present-and-joint.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("participation-present-and-joint");

async function participants(text: string): Promise<string[]> {
  return (await facts(text, "participatesIn")).map(pair).sort();
}

describe("being 'mit dabei'", () => {
  it("takes part in the item's project", async () => {
    expect(
      await participants(
        "Das Projekt „Smart Region“ startet im Mai. Mit dabei sind die Städte Kassel und Fulda.",
      ),
    ).toEqual(["Fulda -> Smart Region", "Kassel -> Smart Region"]);
  });

  it("is not a bare 'Dabei war'", async () => {
    expect(
      await participants("Das Projekt „Smart Region“ startet im Mai. Dabei war auch die Stadt Kassel."),
    ).toEqual([]);
  });
});

describe("a project joint by its own word", () => {
  it("has the towns in its genitive take part in the project its predicate names", async () => {
    expect(
      await participants("Das Projekt „Smart Region“ ist ein Verbundprojekt der Städte Kassel und Fulda."),
    ).toEqual(["Fulda -> Smart Region", "Kassel -> Smart Region"]);
  });
});
