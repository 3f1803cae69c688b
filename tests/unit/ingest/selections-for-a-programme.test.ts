/**
 * "Die Stadt Halle wurde als Modellregion für das Programm „Smarte Region“ ausgewählt": one chosen
 * for a programme the sentence names takes part in no project named before (sentences written for
 * these tests; parses in tests/fixtures/parses/selections-for-a-programme.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("selections-for-a-programme");
const participations = async (text: string) => (await facts(text, "participatesIn")).map(pair);
const BEFORE = "Thüringen macht beim Projekt „Open Rathaus“ mit.";

describe("a selection for a named programme", () => {
  it("takes no part in the project named before", async () => {
    expect(
      await participations(
        `${BEFORE} Die Stadt Halle wurde als Modellregion für das Programm „Smarte Region“ ausgewählt.`,
      ),
    ).toEqual(["Thüringen -> Open Rathaus"]);
  });

  it("also where the programme is the verb's own 'für'", async () => {
    expect(
      await participations(
        `${BEFORE} Die Stadt Jena wurde für das Förderprogramm „Smarte Region“ ausgewählt.`,
      ),
    ).toEqual(["Thüringen -> Open Rathaus"]);
  });

  it("while one chosen with no programme named joins the project named before", async () => {
    expect(await participations(`${BEFORE} Die Stadt Jena wurde als Modellkommune ausgewählt.`)).toEqual([
      "Thüringen -> Open Rathaus",
      "Jena -> Open Rathaus",
    ]);
  });
});
