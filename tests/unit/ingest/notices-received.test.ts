/**
 * A funding notice received with its giver in the genitive ("hat den Förderbescheid des Hessischen
 * Digitalministeriums erhalten"), and a person receiving for someone ("Landrätin X hat für den
 * Landkreis Gießen den Zuwendungsbescheid ... erhalten", "Bürgermeister X aus Fulda erhielt ...")
 * (sentences written for these tests; parses in tests/fixtures/parses/notices-received.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("notices-received");
const funding = async (text: string) => (await facts(text, "funds")).map(pair);

describe("a notice received with its giver in the genitive", () => {
  it("is funded by the giver", async () => {
    expect(
      await funding("Die Stadt Fulda hat den Förderbescheid des Hessischen Digitalministeriums erhalten."),
    ).toEqual(["Hessisches Digitalministerium -> Fulda"]);
  });

  it("is no funding where the genitive names no government or organisation", async () => {
    expect(
      await funding("Die Stadt Fulda hat den Förderbescheid des Projekts „Smart Region“ erhalten."),
    ).toEqual([]);
  });
});

describe("a person receiving money", () => {
  it("receives it for the one named with 'für', else for the town of their office", async () => {
    expect(
      await funding(
        "Landrätin Anita Schneider hat für den Landkreis Gießen den Zuwendungsbescheid des Hessischen Innenministeriums erhalten.",
      ),
    ).toEqual(["Hessisches Innenministerium -> Landkreis Gießen"]);
    expect(
      await funding(
        "Bürgermeister Peter Kern aus Fulda erhielt vom Land Hessen einen Förderbescheid über 50.000 Euro.",
      ),
    ).toEqual(["Hessen -> Fulda"]);
  });

  it("receives it as themselves with no office named", async () => {
    expect(
      await funding("Peter Kern erhielt vom Land Hessen einen Förderbescheid über 50.000 Euro."),
    ).toEqual(["Hessen -> Peter Kern"]);
  });
});
