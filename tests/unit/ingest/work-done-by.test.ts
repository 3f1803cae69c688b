/**
 * Work on a project done by someone: "Die Umsetzung des Projekts X erfolgt durch Dataport", "Die
 * Zusammenarbeit im Projekt X erfolgte durch A und B": the doers take part in the project; money
 * is no work (sentences written for these tests; parses in tests/fixtures/parses/work-done-by.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("work-done-by");
const participations = async (text: string) => (await facts(text, "participatesIn")).map(pair).sort();

describe("work done by someone", () => {
  it("makes the doer take part in the project below the noun of the work", async () => {
    expect(
      await participations("Die Umsetzung des Projekts „Kommunaler OZG-Rollout“ erfolgt durch Dataport."),
    ).toEqual(["Dataport -> Kommunaler OZG-Rollout"]);
  });

  it("makes each doer of a cooperation take part", async () => {
    expect(
      await participations(
        "Die Zusammenarbeit im Projekt „Kommunaler OZG-Rollout“ erfolgte durch das Land Schleswig-Holstein und Dataport.",
      ),
    ).toEqual(["Dataport -> Kommunaler OZG-Rollout", "Schleswig-Holstein -> Kommunaler OZG-Rollout"]);
  });

  it("reads the one project the sentence names where the parser hangs it elsewhere", async () => {
    expect(
      await participations("Die Entwicklung des Online-Dienstes „Wohngeld digital“ erfolgte durch Dataport."),
    ).toEqual(["Dataport -> Wohngeld digital"]);
  });

  it("leaves funding and denied work alone", async () => {
    expect(
      await participations(
        "Die Finanzierung des Projekts „Kommunaler OZG-Rollout“ erfolgte durch das Land Schleswig-Holstein.",
      ),
    ).toEqual([]);
    expect(
      await participations(
        "Die Umsetzung des Projekts „Kommunaler OZG-Rollout“ erfolgt nicht durch Dataport.",
      ),
    ).toEqual([]);
  });
});
