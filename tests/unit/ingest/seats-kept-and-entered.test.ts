/**
 * "Peter Kühne bleibt Mitglied im Vitako-Vorstand", "Rolf Beyer kommt neu in den Vorstand von
 * Vitako": a seat kept (the parser reads "bleibt" as a full verb) or entered is a membership
 * (sentences written for these tests; parses in tests/fixtures/parses/seats-kept-and-entered.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("seats-kept-and-entered");
const members = async (text: string) => (await facts(text, "memberOf")).map(pair);

describe("seats kept and entered", () => {
  it("a seat kept", async () => {
    expect(await members("Peter Kühne bleibt Mitglied im Vitako-Vorstand.")).toEqual([
      "Peter Kühne -> Vitako",
    ]);
  });

  it("a seat entered", async () => {
    expect(await members("Rolf Beyer kommt neu in den Vorstand von Vitako.")).toEqual([
      "Rolf Beyer -> Vitako",
    ]);
  });

  it("not a seat denied or only wished for", async () => {
    expect(await members("Peter Kühne bleibt nicht Mitglied im Vitako-Vorstand.")).toEqual([]);
    expect(await members("Peter Kühne will Mitglied im Vitako-Vorstand bleiben.")).toEqual([]);
  });
});
