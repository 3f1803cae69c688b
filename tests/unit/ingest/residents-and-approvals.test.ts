/**
 * People of a place who can use a service stand for the place ("In Ulm können Bürger X nutzen",
 * "Bürgerinnen und Bürger in Ulm können X nutzen"), and "grünes Licht für X" given is approval,
 * as consent is (sentences written for these tests; parses in
 * tests/fixtures/parses/residents-and-approvals.json).
 */
import { describe, expect, it } from "vitest";
import { pair, pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("residents-and-approvals");
const uses = async (text: string) => (await facts(text, "usesService")).map(pair);
const adopts = async (text: string) => (await facts(text, "adopts")).map(pairOrText);

describe("residents who use a service", () => {
  it("stand for the place the verb names", async () => {
    expect(await uses("In Ulm können Bürger den Online-Dienst „Wohngeld Plus“ nutzen.")).toEqual([
      "Wohngeld Plus -> Ulm",
    ]);
  });

  it("stand for their own place where the parser read the service as the subject", async () => {
    expect(
      await uses("Bürgerinnen und Bürger in Ulm können den Online-Dienst „Wohngeld Plus“ nutzen."),
    ).toEqual(["Wohngeld Plus -> Ulm"]);
  });

  it("name no place where none is named", async () => {
    expect(await uses("Bürger können den Online-Dienst „Wohngeld Plus“ nutzen.")).toEqual([]);
  });
});

describe("green light given", () => {
  it("adopts what it is given for", async () => {
    expect(await adopts("Der IT-Planungsrat gab grünes Licht für die Einführung der Cloud.")).toEqual([
      "IT-Planungsrat -> Einführung der Cloud",
    ]);
  });

  it("not where it is withheld", async () => {
    expect(
      await adopts("Der IT-Planungsrat gab kein grünes Licht für das Projekt „Digitale Heimat“."),
    ).toEqual([]);
  });
});
