/**
 * Offices in a government's departments: the chancellery of the Bund is the Bund's, as a Land's
 * Staatskanzlei is its Land's; who leads a ministry sits in its government, federal or not; a
 * state secretary of a federal ministry stays the ministry's
 * (sentences written for these tests; parses in tests/fixtures/parses/government-departments.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("government-departments");

describe("the federal chancellery", () => {
  it("is the Bund's, for its head", async () => {
    expect(await offices("Neuer Chef des Bundeskanzleramts wird der Jurist Thomas Albers.")).toEqual([
      "Thomas Albers -> Bund (Chef)",
    ]);
  });

  it("is the Bund's, for a minister of state in it", async () => {
    expect(
      await offices(
        "Sabine Kehl wird in der neuen Regierung Staatsministerin für Kultur im Bundeskanzleramt.",
      ),
    ).toEqual(["Sabine Kehl -> Bund (Staatsministerin für Kultur)"]);
  });
});

describe("a ministry led", () => {
  it("is its Land's office", async () => {
    expect(await offices("Der Jurist Martin Ebert leitete zuvor die sächsische Staatskanzlei.")).toEqual([
      "Martin Ebert -> Sachsen (Leitung)",
    ]);
  });

  it("is the Bund's office for a federal ministry", async () => {
    expect(await offices("Künftig leitet Carla Brenner das Bundesministerium der Finanzen.")).toEqual([
      "Carla Brenner -> Bund (Leitung)",
    ]);
  });
});

describe("a federal ministry's state secretary", () => {
  it("stays the ministry's", async () => {
    expect(await offices("Jonas Feld ist Staatssekretär im Bundesministerium der Finanzen.")).toEqual([
      "Jonas Feld -> Bundesministerium der Finanzen (Staatssekretär)",
    ]);
  });
});
