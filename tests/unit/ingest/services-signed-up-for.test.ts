/**
 * Using a service in two more shapes: signing up for it ("hat sich bei der ekom21 für civento
 * registriert", the parser hanging the "für" phrase on the one before it) and the people from a
 * place using it ("Eltern aus den Ländern Berlin und Sachsen können X nutzen": those places offer
 * it) (sentences written for these tests; parses in tests/fixtures/parses/services-signed-up-for.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";
import type { Fact } from "../../../src/model/fact.js";

const { facts } = portalItems("services-signed-up-for");
const uses = async (text: string) =>
  (await facts(text, "usesService")).map((f: Fact) => `${f.subject.name} <- ${f.object?.name ?? ""}`).sort();

describe("signing up for a service", () => {
  it("is using it", async () => {
    expect(await uses("Die Stadt Kassel hat sich bei der ekom21 für civento registriert.")).toEqual([
      "civento <- Kassel",
    ]);
  });

  it("without 'sich' is no use", async () => {
    expect(await uses("Die Stadt Kassel registriert die Anträge auf civento.")).toEqual([]);
  });
});

describe("the people from a place", () => {
  it("using a service make their places its users", async () => {
    expect(
      await uses(
        "Mütter und Väter aus den Bundesländern Berlin und Sachsen können den Online-Dienst ElterngeldDigital nutzen.",
      ),
    ).toEqual(["OZG-Leistung Elterngeld <- Berlin", "OZG-Leistung Elterngeld <- Sachsen"]);
  });

  it("unless they are companies", async () => {
    expect(
      await uses("Unternehmen aus Berlin und Sachsen können den Online-Dienst ElterngeldDigital nutzen."),
    ).toEqual([]);
  });
});
