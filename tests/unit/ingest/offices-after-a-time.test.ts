/**
 * An office taken up with a time between the copula and the role: "wurde im Januar 2014 CIO des
 * Freistaats Bayern", "wurde 2014 CIO" (the model writes "im" as "in dem" and hangs the role on the
 * month), read from the word order (sentences written for these tests; parses in
 * tests/fixtures/parses/offices-after-a-time.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("offices-after-a-time");

describe("an office named after a time", () => {
  it("is held where a month and a year stand between the copula and the role", async () => {
    expect(await offices("Markus Söder wurde im Januar 2014 CIO des Freistaats Bayern.")).toEqual([
      "Markus Söder -> Bayern (CIO)",
    ]);
    expect(await offices("Der Jurist Markus Söder wurde im Januar 2014 Bayern-CIO.")).toEqual([
      "Markus Söder -> Bayern (Bayern-CIO)",
    ]);
  });

  it("is held where a year alone stands between them", async () => {
    expect(await offices("Markus Söder wurde 2014 CIO des Freistaats Bayern.")).toEqual([
      "Markus Söder -> Bayern (CIO)",
    ]);
  });

  it("is no office where no role follows the time", async () => {
    expect(await offices("Die Zahl der Anträge war 2014 Thema im Landtag.")).toEqual([]);
  });
});
