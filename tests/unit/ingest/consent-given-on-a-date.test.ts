/**
 * "hat in seiner Sitzung vom 23. April der Ernennung von X zugestimmt": what is agreed to is the
 * dative the parser hung on the date before it (sentences written for these tests; parses in
 * tests/fixtures/parses/consent-given-on-a-date.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("consent-given-on-a-date");
const adopts = async (text: string) => (await facts(text, "adopts")).map(pairOrText);

describe("consent given on a date", () => {
  it("adopts the dative after the date", async () => {
    expect(
      await adopts(
        "Das Bundeskabinett hat in seiner Sitzung vom 23. April der Ernennung von Peter Lorenz zugestimmt.",
      ),
    ).toEqual(["Bund -> Ernennung von Peter Lorenz"]);
  });

  it("not where the consent is denied", async () => {
    expect(
      await adopts(
        "Das Bundeskabinett hat in seiner Sitzung vom 23. April der Ernennung von Peter Lorenz nicht zugestimmt.",
      ),
    ).toEqual([]);
  });
});
