/**
 * A service used beside someone ("Neben der Stadt Kiel nutzt auch die Stadt Lübeck X": Kiel
 * too), and a service named by an application that ends before the places it is made in
 * ("ihren Antrag auf Unterhaltsvorschuss in der Stadt Bremen ... online stellen") (sentences
 * written for these tests; parses in tests/fixtures/parses/services-beside-and-applied-for.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("services-beside-and-applied-for");
const uses = async (text: string) => (await facts(text, "usesService")).map(pair).sort();

describe("a user named with neben", () => {
  it("uses the service too", async () => {
    expect(
      await uses("Neben der Stadt Kiel nutzt auch die Stadt Lübeck die elektronische Wohnsitzanmeldung."),
    ).toEqual(["OZG-Leistung Wohnsitzanmeldung -> Kiel", "OZG-Leistung Wohnsitzanmeldung -> Lübeck"]);
    expect(
      await uses(
        "Neben dem Landkreis Traunstein führen auch die Kreise Ebersberg und Hof den Digitalen Bauantrag ein.",
      ),
    ).toEqual([
      "OZG-Leistung Bauantrag -> Landkreis Ebersberg",
      "OZG-Leistung Bauantrag -> Landkreis Hof",
      "OZG-Leistung Bauantrag -> Landkreis Traunstein",
    ]);
  });

  it("is no user where neben names another service", async () => {
    expect(
      await uses(
        "Neben der elektronischen Wohnsitzanmeldung nutzt die Stadt Lübeck auch das Serviceportal Amt24.",
      ),
    ).toEqual(["Amt24 -> Lübeck"]);
  });
});

describe("an application made online in named places", () => {
  it("names its service without the places", async () => {
    expect(
      await uses(
        "Seit dem 5. Mai können Alleinerziehende ihren Antrag auf Unterhaltsvorschuss in der Stadt Bremen und im Rhein-Kreis Neuss komplett online stellen.",
      ),
    ).toEqual([
      "Antrag auf Unterhaltsvorschuss -> Bremen",
      "Antrag auf Unterhaltsvorschuss -> Rhein-Kreis Neuss",
    ]);
  });
});
