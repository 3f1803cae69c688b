/**
 * A role "als" after a noun's "von" person is that person's: "war Referent von X als
 * Staatssekretär" makes X the state secretary, not the subject (sentences written for these
 * tests; parses in tests/fixtures/parses/office-served.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("office-served");

describe("a role after the person one served", () => {
  it("is the served person's", async () => {
    expect(
      await offices(
        "Anna Beispiel war zuvor Büroleiterin von Jonas Beispielmann als Staatssekretär im Bundesgesundheitsministerium.",
      ),
    ).toEqual(["Jonas Beispielmann -> Bundesministerium für Gesundheit (Staatssekretär)"]);
  });
});
