/**
 * Founding and uniting: those who found an organisation launch it whatever the parser makes of
 * them ("Zehn Partner haben die govdigital eG gegründet" names no launch by the company of the
 * partners), and those who unite in an organisation are its members ("A und B haben sich in der
 * govdigital eG zusammengeschlossen", "schlossen sich zum Zweckverband X zusammen"; in a project
 * they take part in it; an intention is no membership) (sentences written for these tests; parses
 * in tests/fixtures/parses/founders-and-unions.json).
 */
import { describe, expect, it } from "vitest";
import { pair, pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("founders-and-unions");
const launches = async (text: string) => (await facts(text, "launches")).map(pairOrText).sort();
const members = async (text: string) => (await facts(text, "memberOf")).map(pair).sort();

describe("founding an organisation", () => {
  it("is never read backwards from the organisation", async () => {
    expect(await launches("Zehn Partner haben in Berlin die govdigital eG gegründet.")).toEqual([]);
    expect(await launches("Die AKDB, Dataport und ekom21 haben die govdigital eG gegründet.")).toEqual([
      "AKDB -> govdigital eG",
      "Dataport -> govdigital eG",
      "ekom21 -> govdigital eG",
    ]);
  });
});

describe("uniting in an organisation", () => {
  it("makes its members", async () => {
    expect(
      await members("Die Bundesdruckerei und Dataport haben sich in der govdigital eG zusammengeschlossen."),
    ).toEqual(["Bundesdruckerei -> govdigital eG", "Dataport -> govdigital eG"]);
    expect(
      await members(
        "Die Städte Kassel und Fulda schlossen sich 2010 zum Zweckverband Digitale Region zusammen.",
      ),
    ).toEqual(["Fulda -> Zweckverband Digitale Region", "Kassel -> Zweckverband Digitale Region"]);
  });

  it("in a project, or only intended, makes no members", async () => {
    expect(
      await members("Kassel und Fulda haben sich im Projekt „Digitale Dörfer“ zusammengeschlossen."),
    ).toEqual([]);
    expect(await members("Die Länder wollen sich in der govdigital eG zusammenschließen.")).toEqual([]);
  });
});
