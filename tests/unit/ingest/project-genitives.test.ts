/**
 * Projects named by what they are about, and the work on them: "das Pilotprojekt der
 * einheitlichen Behördennummer 115" is a project a later "an dem Projekt beteiligt" means; a
 * trial in a place ("In Köln wird das Verfahren getestet"); money for the work on a named thing
 * ("die Entwicklung einer „Dorffunk App“") funds the thing; a passive with money and no payer
 * named is paid by the item's government (sentences written for these tests; parses in
 * tests/fixtures/parses/project-genitives.json).
 */
import { describe, expect, it } from "vitest";
import type { FactType } from "../../../src/model/vocabulary.js";
import { destination, pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("project-genitives");

async function pairs(type: FactType, text: string): Promise<string[]> {
  return (await facts(text, type)).map(pairOrText).sort();
}

describe("a project named in the genitive", () => {
  it("is the project a later 'das Projekt' means", async () => {
    expect(
      await pairs(
        "participatesIn",
        "Im Mai begann das Modellprojekt der digitalen Meldebescheinigung. Inzwischen sind die Länder Bremen und Hessen an dem Projekt beteiligt.",
      ),
    ).toEqual(["Bremen -> Modellprojekt Meldebescheinigung", "Hessen -> Modellprojekt Meldebescheinigung"]);
  });

  it("keeps an owner in the genitive as part of the name, not as what the project is about", async () => {
    expect(
      await pairs(
        "participatesIn",
        "Im Mai begann das Modellprojekt des Landkreises Harburg. Inzwischen ist das Land Bremen an dem Projekt beteiligt.",
      ),
    ).toEqual(["Bremen -> Modellprojekt des Landkreises Harburg"]);
  });
});

describe("a trial in a place", () => {
  it("takes part where a passive says the service is tested there", async () => {
    expect(
      await pairs(
        "participatesIn",
        "Das Land startet das Pilotprojekt „Bürgerkonto Plus“. Auch in der Hansestadt Rostock wird das Verfahren getestet.",
      ),
    ).toEqual(["Rostock -> Bürgerkonto Plus"]);
  });
});

describe("money for work on a thing", () => {
  it("funds the named thing the work is on", async () => {
    expect(
      await pairs(
        "funds",
        "Vom Land Niedersachsen wurde die Entwicklung einer „Dorfleben App“ für die Gemeinde Wedemark gefördert.",
      ),
    ).toEqual(["Niedersachsen -> Dorfleben App"]);
  });

  it("is paid by the item's Land where a passive names money and no payer, for review", async () => {
    const found = await facts(
      "Das Land Sachsen setzt auf Apps für Dörfer. 2023 wurde die Weiterentwicklung der „Dorfleben App“ mit 50.000 Euro gefördert.",
      "funds",
    );
    expect(found.map(pairOrText)).toEqual(["Sachsen -> Dorfleben App"]);
    expect(found.map(destination)).toEqual(["review"]);
  });
});
