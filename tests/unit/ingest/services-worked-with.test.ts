/**
 * Using a service in two more shapes: working with it ("Mittlerweile arbeiten 120
 * Ausländerbehörden mit dem Online-Dienst X", not "arbeitet mit X zusammen") and the people of a
 * place using it ("die Bürgerinnen und Bürger in Kassel können X nutzen": Kassel offers it;
 * companies from a Land, or people of no place, name no user) (sentences written for these
 * tests; parses in tests/fixtures/parses/services-worked-with.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";
import type { Fact } from "../../../src/model/fact.js";

const { facts } = portalItems("services-worked-with");
const uses = async (text: string) =>
  (await facts(text, "usesService")).map(
    (f: Fact) => `${f.subject.name} <- ${f.object?.name ?? f.text ?? ""}`,
  );

describe("working with a service", () => {
  it("is using it, for authorities counted or named", async () => {
    expect(
      await uses(
        "Mittlerweile arbeiten 120 Ausländerbehörden mit dem Online-Dienst „Aufenthaltstitel digital“.",
      ),
    ).toEqual(["Aufenthaltstitel digital <- Ausländerbehörden"]);
    expect(await uses("Die Stadt Kassel arbeitet seit Mai mit der Plattform civento.")).toEqual([
      "civento <- Kassel",
    ]);
  });

  it("is no use where one works together or on something", async () => {
    expect(await uses("Die Stadt Kassel arbeitet mit dem Landkreis Fulda zusammen.")).toEqual([]);
    expect(await uses("Die Stadt Kassel arbeitet mit Hochdruck an der Digitalisierung.")).toEqual([]);
  });
});

describe("the people of a place", () => {
  it("using a service make their place its user", async () => {
    expect(
      await uses(
        "Seit Mai können die Bürgerinnen und Bürger in Kassel den Online-Dienst „Wohngeld digital“ nutzen.",
      ),
    ).toEqual(["Wohngeld digital <- Kassel"]);
  });

  it("of no place, or companies from a Land, name no user", async () => {
    expect(await uses("Die Bürger nutzen den Online-Dienst „Wohngeld digital“ rege.")).toEqual([]);
    expect(await uses("Unternehmen aus Hessen und Bayern nutzen die Plattform civento.")).toEqual([]);
  });
});
