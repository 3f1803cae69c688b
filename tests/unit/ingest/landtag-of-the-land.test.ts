/**
 * A Landtag named with its Land in the genitive ("der Landtag des Landes Baden-Württemberg", "des
 * Landtags des Freistaates Sachsen") is that Land's parliament (sentences written for these
 * tests; parses in tests/fixtures/parses/landtag-of-the-land.json).
 */
import { describe, expect, it } from "vitest";
import { pair, pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("landtag-of-the-land");

describe("a Landtag with its Land in the genitive", () => {
  it("adopts as that Land's parliament", async () => {
    const adopted = await facts(
      "Der Landtag des Landes Baden-Württemberg verabschiedete am Mittwoch das E-Government-Gesetz.",
      "adopts",
    );
    expect(adopted.map(pairOrText)).toEqual(["Landtag von Baden-Württemberg -> E-Government-Gesetz"]);
  });

  it("has that Land's parliament's members", async () => {
    const members = await facts("Anna Keller ist Mitglied des Landtags des Freistaates Sachsen.", "memberOf");
    expect(members.map(pair)).toEqual(["Anna Keller -> Sächsischer Landtag"]);
  });
});
