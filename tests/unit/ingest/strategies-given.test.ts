/**
 * A strategy or a set of rules an actor "gives itself" is adopted ("Die Stadt Ulm hat sich eine
 * Digitalstrategie gegeben"), beside the consent "gegeben" to a law that the same verb reads
 * (sentences written for these tests; parses in tests/fixtures/parses/strategies-given.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("strategies-given");
const adoptions = async (text: string) => (await facts(text, "adopts")).map(pairOrText);

describe("a strategy given to oneself", () => {
  it("is adopted", async () => {
    expect(await adoptions("Die Stadt Ulm hat sich eine Digitalstrategie gegeben.")).toEqual([
      "Ulm -> Digitalstrategie",
    ]);
    expect(await adoptions("Der IT-Planungsrat gab sich 2010 eine Geschäftsordnung.")).toEqual([
      "IT-Planungsrat -> Geschäftsordnung",
    ]);
  });

  it("not where none was given, nor contentment", async () => {
    expect(await adoptions("Die Stadt Ulm hat sich keine Digitalstrategie gegeben.")).toEqual([]);
    expect(await adoptions("Die Stadt Ulm gibt sich mit der Lösung zufrieden.")).toEqual([]);
  });

  it("while consent given to a law stays an adoption", async () => {
    expect(await adoptions("Der Bundesrat gab dem Onlinezugangsgesetz seine Zustimmung.")).toEqual([
      "Bundesrat -> Onlinezugangsgesetz",
    ]);
  });
});
