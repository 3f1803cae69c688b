/**
 * An organisation that accompanies a named project, as its adviser or evaluator, takes part in
 * it ("Dataport hat das Projekt „Digitale Heimat“ begleitet", "wird von der FITKO begleitet")
 * (sentences written for these tests; parses in tests/fixtures/parses/projects-accompanied.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("projects-accompanied");
const participations = async (text: string) => (await facts(text, "participatesIn")).map(pair);

describe("an organisation accompanying a project", () => {
  it("takes part in it, in the active and the passive", async () => {
    expect(await participations("Dataport hat das Projekt „Digitale Heimat“ seit 2021 begleitet.")).toEqual([
      "Dataport -> Digitale Heimat",
    ]);
    expect(
      await participations("Das Projekt „Digitale Heimat“ wird von der FITKO wissenschaftlich begleitet."),
    ).toEqual(["FITKO -> Digitale Heimat"]);
  });

  it("not a town it accompanies", async () => {
    expect(await participations("Dataport begleitet die Stadt Kiel bei der Digitalisierung.")).toEqual([]);
  });
});
