/**
 * An organisation that runs a service takes part in it ("Dataport betreibt die Plattform X",
 * "govdigital, der Betreiber der Plattform X"), and a service in someone's responsibility is led
 * by them ("X ist ein Produkt des IT-Planungsrats in Verantwortung der FITKO", "wird unter der
 * Verantwortung der FITKO umgesetzt")
 * (sentences written for these tests; parses in tests/fixtures/parses/operators-and-responsibilities.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("operators-and-responsibilities");
const participants = async (text: string) => (await facts(text, "participatesIn")).map(pair);
const leads = async (text: string) => (await facts(text, "leads")).map(pair);

describe("an organisation that runs a service", () => {
  it("takes part in it, whatever the voice", async () => {
    expect(await participants("Dataport betreibt die Plattform „Online-Gateway“.")).toEqual([
      "Dataport -> Online-Gateway",
    ]);
    expect(await participants("Das Portal „Amt24“ wird von Dataport betrieben.")).toEqual([
      "Dataport -> Amt24",
    ]);
    expect(await participants("Das von Dataport betriebene Portal „Amt24“ ist online.")).toEqual([
      "Dataport -> Amt24",
    ]);
  });

  it("named as its operator", async () => {
    expect(
      await participants(
        "Auftraggeber war die Genossenschaft govdigital, der Betreiber der Plattform „EfA-Marktplatz“.",
      ),
    ).toEqual(["govdigital eG -> EfA-Marktplatz"]);
    expect(await participants("Betreiber des Portals „Amt24“ ist Dataport.")).toEqual(["Dataport -> Amt24"]);
    expect(await participants("Dataport ist Betreiber des Portals „Amt24“.")).toEqual(["Dataport -> Amt24"]);
  });

  it("by its name in lower case", async () => {
    expect(
      await participants(
        "Die Sächsische Anstalt für kommunale Datenverarbeitung betreibt das Portal „Amt24“.",
      ),
    ).toEqual(["Sächsische Anstalt für Kommunale Datenverarbeitung -> Amt24"]);
  });

  it("not a Land, not an intention, not what is no service", async () => {
    expect(await participants("Hessen betreibt das Portal „Amt24“.")).toEqual([]);
    expect(await participants("Dataport will die Plattform „Online-Gateway“ betreiben.")).toEqual([]);
    expect(await participants("Dataport ist Betreiber des Rechenzentrums in Hamburg.")).toEqual([]);
  });
});

describe("a service in someone's responsibility", () => {
  it("is led by them as a product in it", async () => {
    expect(
      await leads(
        "Die Plattform „EfA-Marktplatz“ ist ein Produkt des IT-Planungsrats in Verantwortung der FITKO.",
      ),
    ).toEqual(["FITKO -> EfA-Marktplatz"]);
  });

  it("and where it is done under it", async () => {
    expect(
      await leads("Das Projekt „EfA-Marktplatz“ wird unter der Verantwortung der FITKO umgesetzt."),
    ).toEqual(["FITKO -> EfA-Marktplatz"]);
  });

  it("not a product named without a responsibility", async () => {
    expect(await leads("Die Plattform „EfA-Marktplatz“ ist ein Produkt des IT-Planungsrats.")).toEqual([]);
  });
});
