/**
 * A leader noun as the subject, its holder the copula's predicate: "Themenfeldführer für das
 * Themenfeld Familie & Kind ist das Land Bremen"; work taken on for a service is no use of it
 * ("hat die Entwicklung des Antragsassistenten „BAföG Digital“ übernommen") (sentences written for
 * these tests; parses in tests/fixtures/parses/leaders-named-last.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("leaders-named-last");
const leads = async (text: string) => (await facts(text, "leads")).map(pair).sort();
const uses = async (text: string) => (await facts(text, "usesService")).map(pair).sort();

describe("a leader named after the copula", () => {
  it("leads what the leader noun names", async () => {
    expect(await leads("Themenfeldführer für das Themenfeld Familie & Kind ist das Land Bremen.")).toEqual([
      "Bremen -> OZG-Themenfeld Familie & Kind",
    ]);
    expect(await leads("Koordinator des Projekts „Digitaler Bauantrag“ ist Mecklenburg-Vorpommern.")).toEqual(
      ["Mecklenburg-Vorpommern -> OZG-Leistung Bauantrag"],
    );
  });

  it("as the leader named first does, and not where the copula is negated", async () => {
    expect(await leads("Bremen ist Themenfeldführer im Themenfeld Familie & Kind.")).toEqual([
      "Bremen -> OZG-Themenfeld Familie & Kind",
    ]);
    expect(
      await leads("Themenfeldführer für das Themenfeld Familie & Kind ist nicht das Land Bremen."),
    ).toEqual([]);
    expect(await leads("Bremen ist nicht Themenfeldführer im Themenfeld Familie & Kind.")).toEqual([]);
  });
});

describe("work taken on for a service", () => {
  it("is no use of the service", async () => {
    expect(
      await uses(
        "Sachsen-Anhalt hat als federführendes Land die Entwicklung des Antragsassistenten „BAföG Digital“ übernommen.",
      ),
    ).toEqual([]);
  });

  it("while the service taken over is", async () => {
    expect(await uses("Die Stadt Ulm übernimmt den Onlinedienst „Wohngeld digital“.")).toEqual([
      "Wohngeld digital -> Ulm",
    ]);
  });
});
