/**
 * New members named after their body: "Neues Mitglied im IT-Planungsrat ist seit Januar das Land
 * Berlin" (the parser makes the time the predicate), "Neu im Beirat der FITKO sind A und B" (a
 * seat on an agency's board is one in the agency) (sentences written for these tests; parses in
 * tests/fixtures/parses/new-members-named.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("new-members-named");
const memberships = async (text: string) => (await facts(text, "memberOf")).map(pair).sort();

describe("a new member named after the body", () => {
  it("is a member, with a time between the copula and the member", async () => {
    expect(await memberships("Neues Mitglied im IT-Planungsrat ist seit Januar das Land Berlin.")).toEqual([
      "Berlin -> IT-Planungsrat",
    ]);
  });

  it("sits on an agency's board", async () => {
    expect(await memberships("Neu im Beirat der FITKO sind Anke Müller und Peter Kühne.")).toEqual([
      "Anke Müller -> FITKO",
      "Peter Kühne -> FITKO",
    ]);
  });

  it("is no member of the agency itself", async () => {
    expect(await memberships("Neu in der FITKO sind Anke Müller und Peter Kühne.")).toEqual([]);
  });
});
