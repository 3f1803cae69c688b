/**
 * A service named once with a kind noun before its name ("den Antragsassistenten „Wohngeld
 * Plus“") is what a later definite "der Antragsassistent" means, whatever the noun; the same noun
 * with a name or an owner of its own is another (sentences written for these tests; parses in
 * tests/fixtures/parses/services-named-again.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("services-named-again");
const launches = async (text: string) => (await facts(text, "launches")).map(pair);

describe("a service named again by its kind noun", () => {
  it("is the service named with that noun before", async () => {
    expect(
      await launches(
        "Bürger können Wohngeld über den neuen Antragsassistenten „Wohngeld Plus“ beantragen. Sachsen-Anhalt hat den Antragsassistenten im Mai auf den Weg gebracht.",
      ),
    ).toEqual(["Sachsen-Anhalt -> Wohngeld Plus"]);
  });

  it("not where the noun has an owner of its own", async () => {
    expect(
      await launches(
        "Bürger können Wohngeld über den neuen Antragsassistenten „Wohngeld Plus“ beantragen. Sachsen-Anhalt hat den Antragsassistenten des Bundes im Mai auf den Weg gebracht.",
      ),
    ).not.toContain("Sachsen-Anhalt -> Wohngeld Plus");
  });
});
