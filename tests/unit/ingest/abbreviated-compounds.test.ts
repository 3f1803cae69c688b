/**
 * An office whose role's compound opens with an organisation's abbreviation the gazetteer does not
 * know ("IHK-Präsidentin", "DGB-Chef") is that organisation's, with the town whose adjective stands
 * before it ("Darmstädter": a town in -stadt has its adjective in -städter), never the Land the
 * item is about; a field's abbreviation ("IT-Beauftragte") names no organisation
 * (sentences written for these tests; parses in tests/fixtures/parses/abbreviated-compounds.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("abbreviated-compounds");

describe("an abbreviation opening the role's compound", () => {
  it("names the organisation, with the town of the adjective before it", async () => {
    expect(
      await offices(
        "Wiesbaden - Hessens Ministerpräsident will die Darmstädter IHK-Präsidentin Karin Wolf als neue Ministerin holen.",
      ),
    ).toContain("Karin Wolf -> IHK Darmstadt (IHK-Präsidentin)");
  });

  it("names the organisation alone where no town stands before it", async () => {
    expect(
      await offices("Hannover - DGB-Chef Peter Lang kritisierte die Pläne der Landesregierung."),
    ).toEqual(["Peter Lang -> DGB (DGB-Chef)"]);
  });

  it("is no organisation where it names a field", async () => {
    expect(
      (await offices("Hannover - Die IT-Beauftragte Anna Roth sprach vor dem Landtag.")).some((o) =>
        o.includes("-> IT "),
      ),
    ).toBe(false);
  });
});
