/**
 * Awards and partners won: "Fulda und Kassel haben den Zuschlag für das Projekt X erhalten" makes
 * those awarded take part; "Als Partner für das Projekt X konnte die Stadt Fulda gewonnen werden"
 * names a passive's subject in the role; "Als Partner für das Projekt X wurde Fulda ausgewählt"
 * selects for the project named in the role's phrase (sentences written for these tests; parses
 * in tests/fixtures/parses/awards-and-partners-won.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("awards-and-partners-won");
const participations = async (text: string) => (await facts(text, "participatesIn")).map(pair).sort();

describe("an award", () => {
  it("makes those awarded take part in what it is for", async () => {
    expect(
      await participations("Fulda und Kassel haben den Zuschlag für das Projekt „Digitale Dörfer“ erhalten."),
    ).toEqual(["Fulda -> Digitale Dörfer", "Kassel -> Digitale Dörfer"]);
    expect(
      await participations("Die Stadt Fulda erhielt den Zuschlag im Wettbewerb „Digitale Orte“."),
    ).toEqual(["Fulda -> Digitale Orte"]);
  });

  it("states nothing where it was not given", async () => {
    expect(
      await participations(
        "Die Stadt Fulda hat den Zuschlag für das Projekt „Digitale Dörfer“ nicht erhalten.",
      ),
    ).toEqual([]);
  });
});

describe("a partner in a role", () => {
  it("takes part as the subject of a passive", async () => {
    expect(
      await participations(
        "Als Partner für das Projekt „Digitale Dörfer“ konnte die Stadt Fulda gewonnen werden.",
      ),
    ).toEqual(["Fulda -> Digitale Dörfer"]);
  });

  it("is selected for the project its phrase names, not for the phrase", async () => {
    expect(
      await participations("Als Partner für das Projekt „Digitale Dörfer“ wurde die Stadt Fulda ausgewählt."),
    ).toEqual(["Fulda -> Digitale Dörfer"]);
  });
});
