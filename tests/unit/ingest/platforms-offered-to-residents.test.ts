/**
 * A platform a town or county offers its people services through, where the parser hangs the
 * "über" phrase on the people rather than on the verb ("bietet seinen Bürgern über das Portal X
 * Dienstleistungen an"): the platform is the service used (sentences written for these tests;
 * parses in tests/fixtures/parses/platforms-offered-to-residents.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("platforms-offered-to-residents");
const uses = async (text: string) =>
  (await facts(text, "usesService")).map((f) => `${f.object?.name ?? ""} uses ${f.subject.name}`);

describe("a platform services are offered through", () => {
  it("is used by the one who offers, with the phrase on the residents", async () => {
    expect(
      await uses(
        "Der Landkreis Leer bietet seinen Bürgern über das Portal OpenR@thaus weitere Dienstleistungen online an.",
      ),
    ).toEqual(["Landkreis Leer uses OpenR@thaus"]);
  });

  it("is used by the one who offers, with the phrase on the verb", async () => {
    expect(await uses("Der Landkreis Leer bietet über das Portal OpenR@thaus Dienstleistungen an.")).toEqual([
      "Landkreis Leer uses OpenR@thaus",
    ]);
  });
});
