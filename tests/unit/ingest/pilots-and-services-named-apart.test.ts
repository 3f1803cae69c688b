/**
 * Two readings where the parser puts apart what belongs together: a service's name the parser
 * reads as an object of its own ("an den Onlinedienst Wohngeld angeschlossen"), and the place of a
 * trial after a fronted participle ("Erprobt wird das Projekt X im Landkreis
 * Y") (sentences written for these tests; parses in
 * tests/fixtures/parses/pilots-and-services-named-apart.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("pilots-and-services-named-apart");
const taking = async (text: string) => (await facts(text, "participatesIn")).map(pair).sort();
const using = async (text: string) => (await facts(text, "usesService")).map(pair).sort();

describe("a service's name read as an object of its own", () => {
  it("still names the service a town is attached to", async () => {
    expect(await using("Auch die Stadt Ulm ist an den Onlinedienst Wohngeld angeschlossen.")).toEqual([
      "Onlinedienst Wohngeld -> Ulm",
    ]);
  });

  it("and the kind noun alone is still the service named before", async () => {
    expect(
      await using(
        "Das Land startet den Onlinedienst Wohngeld. Die Stadt Ulm ist an den Onlinedienst angeschlossen.",
      ),
    ).toEqual(["Onlinedienst Wohngeld -> Ulm"]);
  });
});

describe("a trial after a fronted participle", () => {
  it("is where the place the parser hangs on the subject is", async () => {
    expect(await taking("Erprobt wird das Projekt „Digitale Bauakte“ im Landkreis Harburg.")).toEqual([
      "Landkreis Harburg -> Digitale Bauakte",
    ]);
    expect(await taking("Getestet wird die Plattform Civento in Ulm und Konstanz.")).toEqual([
      "Konstanz -> civento",
      "Ulm -> civento",
    ]);
  });

  it("is none where it is denied", async () => {
    expect(await taking("Erprobt wird das Projekt „Digitale Bauakte“ nicht im Landkreis Harburg.")).toEqual(
      [],
    );
  });
});
