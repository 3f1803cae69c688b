/**
 * Members named as places within a Land: "Fast alle Städte, Gemeinden und Landkreise in Deutschland
 * gehören zur KGSt" makes neither the Bund nor a Land a member (sentences written for these tests;
 * parses in tests/fixtures/parses/places-are-no-lands.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("places-are-no-lands");
const memberships = async (text: string) => (await facts(text, "memberOf")).map(pair).sort();

describe("places within a Land as members", () => {
  it("do not make the Land or the Bund a member", async () => {
    expect(
      await memberships("Fast alle Städte, Gemeinden und Landkreise in Deutschland gehören zur KGSt."),
    ).toEqual([]);
    expect(await memberships("Die Landkreise in Hessen sind Mitglied im Hessischen Landkreistag.")).toEqual(
      [],
    );
    expect(await memberships("Die Kommunen des Landes Hessen gehören zur ekom21.")).toEqual([]);
  });

  it("keep a town named with its Land and towns named as examples", async () => {
    expect(await memberships("Die Stadt Kassel in Hessen gehört zur ekom21.")).toEqual(["Kassel -> ekom21"]);
    expect(await memberships("Städte wie Köln und Bonn gehören zum KDN.")).toEqual(["Köln -> KDN"]);
  });
});
