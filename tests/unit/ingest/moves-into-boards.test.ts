/**
 * Moving into a board with "sein": "Peter Maier ist in den Verwaltungsrat von Dataport
 * eingezogen", "ist in den Vorstand von Vitako nachgerückt" (the parser reads "ist" with a
 * participle of moving as a passive) (sentences written for these tests; parses in
 * tests/fixtures/parses/moves-into-boards.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("moves-into-boards");
const members = async (text: string) => (await facts(text, "memberOf")).map(pair).sort();

describe("a move into a board", () => {
  it("makes the one who moved a member", async () => {
    expect(await members("Peter Maier ist in den Verwaltungsrat von Dataport eingezogen.")).toEqual([
      "Peter Maier -> Dataport",
    ]);
    expect(await members("Peter Maier ist in den Verwaltungsrat von Dataport gewechselt.")).toEqual([
      "Peter Maier -> Dataport",
    ]);
    expect(await members("Anna Keller zog 2021 in den Aufsichtsrat der AKDB ein.")).toEqual([
      "Anna Keller -> AKDB",
    ]);
    expect(await members("Anna Keller ist 2021 in den Vorstand von Vitako nachgerückt.")).toEqual([
      "Anna Keller -> Vitako",
    ]);
  });

  it("is no membership where no board is moved into", async () => {
    expect(await members("Die Stadt Ulm zieht in das neue Rathaus ein.")).toEqual([]);
    expect(
      await members(
        "Peter Maier ist vom Landratsamt Ebersberg in das Bayerische Digitalministerium gewechselt.",
      ),
    ).toEqual([]);
  });
});
