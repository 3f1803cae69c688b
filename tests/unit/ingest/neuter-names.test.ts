/**
 * A new name read in the dative or genitive is named in the nominative, with the adjective's
 * ending of its noun's gender: "an dem „Kommunalen Projektbüro“" is the "Kommunales Projektbüro"
 * (sentences written for these tests; parses in tests/fixtures/parses/neuter-names.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("neuter-names");
const parts = async (text: string) => (await facts(text, "participatesIn")).map(pair);

describe("a neuter name read in the dative", () => {
  it("is named with the neuter ending", async () => {
    expect(
      await parts("Der Landkreis Bernkastel-Wittlich beteiligt sich an dem „Kommunalen Projektbüro“."),
    ).toEqual(["Landkreis Bernkastel-Wittlich -> Kommunales Projektbüro"]);
    expect(
      await parts("Der Landkreis Bernkastel-Wittlich beteiligt sich an dem „Digitalen Innovationslabor“."),
    ).toEqual(["Landkreis Bernkastel-Wittlich -> Digitales Innovationslabor"]);
  });

  it("leaves a feminine name's ending as it was", async () => {
    expect(await parts("Der Landkreis Harburg beteiligt sich an der „Digitalen Modellregion“.")).toEqual([
      "Landkreis Harburg -> Digitale Modellregion",
    ]);
  });
});
