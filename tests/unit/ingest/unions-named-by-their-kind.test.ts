/**
 * A Zweckverband the reference data does not know, named by its kind noun and its own name
 * ("der Zweckverband „Digitale Kommunen Brandenburg“"): an organisation of its own, which a later
 * sentence's founding members join (sentences written for these tests; parses in
 * tests/fixtures/parses/unions-named-by-their-kind.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("unions-named-by-their-kind");
const memberships = async (text: string) => (await facts(text, "memberOf")).map(pair);

describe("a Zweckverband named by its kind noun", () => {
  it("is the organisation the founding members of the next sentence join", async () => {
    expect(
      await memberships(
        "Der Zweckverband „Digitale Kommunen Brandenburg“ ist gegründet. Gründungsmitglieder sind die Städte Angermünde, Cottbus und Kyritz.",
      ),
    ).toEqual([
      "Angermünde -> Zweckverband Digitale Kommunen Brandenburg",
      "Cottbus/Chóśebuz -> Zweckverband Digitale Kommunen Brandenburg",
      "Kyritz -> Zweckverband Digitale Kommunen Brandenburg",
    ]);
  });

  it("not with the Land inside its name as a Land of its own", async () => {
    expect(
      await memberships(
        "Der Zweckverband „Digitale Kommunen Brandenburg“ ist gegründet. Gründungsmitglieder sind die Städte Angermünde und Kyritz.",
      ),
    ).not.toContain("Brandenburg -> Zweckverband Digitale Kommunen Brandenburg");
  });

  it("while one named without quotes keeps the words after its kind noun", async () => {
    expect(
      await memberships("Gründungsmitglieder des Zweckverbands 4IT sind die Städte Ulm und Konstanz."),
    ).toEqual(["Ulm -> Zweckverband 4IT", "Konstanz -> Zweckverband 4IT"]);
  });
});
