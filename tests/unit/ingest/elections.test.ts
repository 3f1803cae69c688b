/**
 * Offices taken by election and handed on: a committee the gazetteer does not know and who chairs
 * it, who follows whom "in der Nachfolge von", "ihr Nachfolger" and "übergibt das Amt an".
 * Sentences written for this test (parses in tests/fixtures/parses/elections.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("elections");

describe("offices taken by election", () => {
  it("names a new committee with what follows its noun, and its chair elected in the next sentence", async () => {
    expect(
      (
        await facts(
          "Am Montag tagte erstmals der neue Sonderausschuss Digitalisierung beim Hessischen Landkreistag. Zum Vorsitzenden wurde Landrat Peter Kern (Odenwaldkreis) gewählt.",
          "chairs",
        )
      ).map(pair),
    ).toEqual(["Peter Kern -> Sonderausschuss Digitalisierung beim Hessischen Landkreistag"]);
  });

  it("reads a bare 'der Ausschuss' as the committee named in full before, and a mayor's town as no chair", async () => {
    expect(
      (
        await facts(
          'Der neue Ausschuss für Digitalisierung des Deutschen Städtetages tagte in Berlin. Der Ausschuss, dem 30 Bürgermeister angehören, trifft sich zweimal im Jahr. "Ich freue mich, den Vorsitz zu übernehmen", sagte Jenas Oberbürgermeister Jörg Bauer.',
          "chairs",
        )
      ).map(pair),
    ).toEqual(["Jörg Bauer -> Ausschuss für Digitalisierung des Deutschen Städtetages"]);
  });

  it("has the one elected 'in der Nachfolge von' follow, not the one whose deputy they become", async () => {
    expect(
      (
        await facts(
          "Neue Verbandsvorsteherin ist Anna Meyer. Zum Stellvertreter Meyers wurde in der Nachfolge von Peter Kern der Neusser Bürgermeister Jörg Bauer gewählt.",
          "succeeds",
        )
      ).map(pair),
    ).toEqual(["Jörg Bauer -> Peter Kern"]);
  });

  it("reads 'ihr Nachfolger' as the person of that gender named in an earlier clause", async () => {
    expect(
      (
        await facts(
          "Die bisherige CIO Anna Lenz geht in den Ruhestand, ihr Nachfolger wird Peter Kern.",
          "succeeds",
        )
      ).map(pair),
    ).toEqual(["Peter Kern -> Anna Lenz"]);
  });

  it("has the one an office is handed to follow the one who hands it", async () => {
    expect((await facts("Anna Lenz übergibt das Amt an Peter Kern.", "succeeds")).map(pair)).toEqual([
      "Peter Kern -> Anna Lenz",
    ]);
    expect((await facts("Anna Lenz hat das Amt an Peter Kern übergeben.", "succeeds")).map(pair)).toEqual([
      "Peter Kern -> Anna Lenz",
    ]);
  });
});
