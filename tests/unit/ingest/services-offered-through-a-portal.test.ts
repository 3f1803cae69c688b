/**
 * A town that offers its people services through a portal uses the portal, not "Bürgern
 * Online-Dienste"; a service's short name in parentheses is no part of its name (sentences
 * written for these tests; parses in tests/fixtures/parses/services-offered-through-a-portal.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("services-offered-through-a-portal");
const uses = async (text: string) => (await facts(text, "usesService")).map(pair);

describe("services offered through a portal", () => {
  it("make the town a user of the portal, named without its short name", async () => {
    expect(
      await uses(
        "Seit Ende Juli 2018 bietet auch die Gemeinde Dörentrup ihren Bürgern Online-Dienste über das Bürgerservice-Portal (BSP) an.",
      ),
    ).toEqual(["Bürgerservice-Portal -> Dörentrup"]);
  });

  it("while a service offered without a portal is the one used", async () => {
    expect(await uses("Die Stadt Leipzig bietet den Online-Dienst „Wohngeld“ an.")).toEqual([
      "Wohngeld -> Leipzig",
    ]);
  });
});
