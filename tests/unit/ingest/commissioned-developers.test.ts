/**
 * Developing on commission: "Hessen hat das Portal X von der ekom21 entwickeln lassen" makes the
 * one commissioned a developer, who takes part in the service (sentences written for these
 * tests; parses in tests/fixtures/parses/commissioned-developers.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("commissioned-developers");
const participations = async (text: string) => (await facts(text, "participatesIn")).map(pair).sort();

describe("a service developed on commission", () => {
  it("has the one commissioned take part", async () => {
    expect(
      await participations(
        "Das Land Niedersachsen ließ die App „Niedersachsen digital“ von Dataport entwickeln.",
      ),
    ).toEqual(["Dataport -> Niedersachsen digital"]);
  });

  it("has each one commissioned take part, in a perfect too", async () => {
    expect(
      await participations(
        "Die Stadt Köln hat die App „Köln mobil“ von Dataport und der AKDB entwickeln lassen.",
      ),
    ).toEqual(["AKDB -> Köln mobil", "Dataport -> Köln mobil"]);
  });

  it("states nothing for a commission only intended or denied", async () => {
    expect(
      await participations("Die Stadt Köln will die App „Köln mobil“ von Dataport entwickeln lassen."),
    ).toEqual([]);
    expect(
      await participations("Die Stadt Köln hat die App „Köln mobil“ nicht von Dataport entwickeln lassen."),
    ).toEqual([]);
  });
});
