/**
 * A town that offers a service to its own people uses it ("bietet ihren Bürgerinnen und Bürgern
 * den Onlinedienst X an") (sentences written for these tests; parses in
 * tests/fixtures/parses/services-offered-to-own-people.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("services-offered-to-own-people");
const using = async (text: string) => (await facts(text, "usesService")).map(pair).sort();

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
