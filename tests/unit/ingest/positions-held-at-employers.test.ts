/**
 * "war bisher in verschiedenen Positionen, unter anderem bei der A und der B, tätig": positions
 * held at the employers listed with them, also where the parser makes the positions the predicate
 * (sentences written for these tests; parses in
 * tests/fixtures/parses/positions-held-at-employers.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("positions-held-at-employers");
const employers = async (text: string) => (await facts(text, "holdsOffice")).map(pair);

describe("positions held at employers", () => {
  it("name every employer listed after 'unter anderem'", async () => {
    expect(
      await employers(
        "Anna Keller war bisher in verschiedenen führenden Positionen, unter anderem bei der init AG, der Computacenter AG und der DB Systel GmbH, tätig.",
      ),
    ).toEqual(["Anna Keller -> init AG", "Anna Keller -> Computacenter AG", "Anna Keller -> DB Systel GmbH"]);
  });

  it("while positions in a ministry name no employer here", async () => {
    expect(
      await employers("Anna Keller war in verschiedenen Positionen im Bundesministerium des Innern tätig."),
    ).toEqual([]);
  });
});
