/**
 * "trat als Referent in das Bundesamt ein": entering a service in a role is holding it there, as
 * moving to it is ("wechselte als Referent zum Bundesverwaltungsamt"); entering a debate is not
 * (sentences written for these tests; parses in tests/fixtures/parses/careers-entered.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("careers-entered");

describe("a service entered in a role", () => {
  it("is an office held there", async () => {
    expect(
      await offices(
        "Peter Lorenz trat 2005 als Referent in das Bundesamt für Migration und Flüchtlinge ein.",
      ),
    ).toEqual(["Peter Lorenz -> Bundesamt für Migration und Flüchtlinge (Referent)"]);
  });

  it("by the person named before", async () => {
    expect(
      await offices(
        "Peter Lorenz ist neuer Präsident des Bundesverwaltungsamts. 2005 trat er als Referent in das Bundesamt für Migration und Flüchtlinge ein.",
      ),
    ).toEqual([
      "Peter Lorenz -> Bundesverwaltungsamt (Präsident)",
      "Peter Lorenz -> Bundesamt für Migration und Flüchtlinge (Referent)",
    ]);
  });

  it("not where what is entered is no organisation", async () => {
    expect(
      await offices(
        "Peter Lorenz trat 2005 als Referent in die Debatte um das Bundesamt für Migration und Flüchtlinge ein.",
      ),
    ).toEqual([]);
  });
});
