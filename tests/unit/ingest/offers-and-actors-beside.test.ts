/**
 * A town that offers a service to its own people uses it ("bietet ihren Bürgerinnen und Bürgern
 * den Onlinedienst X an"), and the one named with "neben" beside a subject acts too ("Neben Ulm
 * führen auch die Städte A und B den Dienst ein") (sentences written for these tests; parses in
 * tests/fixtures/parses/offers-and-actors-beside.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("offers-and-actors-beside");
const using = async (text: string) => (await facts(text, "usesService")).map(pair).sort();
const funded = async (text: string) => (await facts(text, "funds")).map(pair).sort();

describe("a service offered to a town's own people", () => {
  it("is used by the town", async () => {
    expect(
      await using("Die Stadt Ulm bietet ihren Bürgerinnen und Bürgern den Onlinedienst Wohngeld an."),
    ).toEqual(["Onlinedienst Wohngeld -> Ulm"]);
    expect(await using("Die Stadt Ulm bietet ihren Einwohnern den Onlinedienst Wohngeld an.")).toEqual([
      "Onlinedienst Wohngeld -> Ulm",
    ]);
  });

  it("but offered to others, or to other places' people, is not", async () => {
    expect(await using("Sachsen bietet den anderen Ländern die Plattform Amt24 an.")).toEqual([]);
    expect(
      await using("Die Stadt Ulm bietet den Bürgern der Nachbargemeinden den Onlinedienst Wohngeld an."),
    ).toEqual([]);
  });
});

describe("the actor named with 'neben' beside a subject", () => {
  it("acts as the subject does", async () => {
    expect(
      await using("Neben Ulm führen auch die Städte Konstanz und Biberach den Onlinedienst Wohngeld ein."),
    ).toEqual([
      "Onlinedienst Wohngeld -> Biberach an der Riß",
      "Onlinedienst Wohngeld -> Konstanz",
      "Onlinedienst Wohngeld -> Ulm",
    ]);
    expect(
      await funded("Neben dem Land Hessen fördert auch der Bund das Projekt „Digitale Bauakte“."),
    ).toEqual(["Bund -> Digitale Bauakte", "Hessen -> Digitale Bauakte"]);
  });

  it("but what is no actor is none", async () => {
    expect(
      await using("Neben dem Wohngeld bietet die Stadt Ulm auch den Onlinedienst Elterngeld an."),
    ).toEqual(["Onlinedienst Elterngeld -> Ulm"]);
  });
});
