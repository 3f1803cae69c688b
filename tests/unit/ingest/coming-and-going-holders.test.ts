/**
 * One role named twice in a sentence, once as coming and once as going: the coming holder
 * succeeds the going one ("Der designierte Verbandsvorsitzende, Landrat X, dankte dem scheidenden
 * Verbandsvorsitzenden, Landrat Y"; "Die neue Landrätin A ... begrüßte den bisherigen Landrat B")
 * (sentences written for these tests; parses in tests/fixtures/parses/coming-and-going-holders.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("coming-and-going-holders");
const successions = async (text: string) => (await facts(text, "succeeds")).map(pair);

describe("one role named as coming and as going", () => {
  it("is handed from the going holder to the coming one", async () => {
    expect(
      await successions(
        "Im Zweckverband 4IT gab es eine Wahl. Der designierte Verbandsvorsitzende, Landrat Stefan Dallinger, dankte dem scheidenden Verbandsvorsitzenden, Landrat Ulrich Fiedler, für seinen Einsatz.",
      ),
    ).toEqual(["Stefan Dallinger -> Ulrich Fiedler"]);
  });

  it("in either gender of the role", async () => {
    expect(
      await successions(
        "In Hessen gab es eine Wahl. Die neue Landrätin Anna Lenz des Landkreises Fulda begrüßte den bisherigen Landrat Peter Kern.",
      ),
    ).toEqual(["Anna Lenz -> Peter Kern"]);
  });

  it("not where the roles differ", async () => {
    expect(
      await successions(
        "Im Zweckverband 4IT gab es eine Wahl. Der neue Verbandsvorsitzende, Landrat Stefan Dallinger, dankte dem scheidenden Geschäftsführer, Ulrich Fiedler.",
      ),
    ).toEqual([]);
  });
});
