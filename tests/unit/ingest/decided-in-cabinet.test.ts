/**
 * A passive decision in a cabinet with no agent: "Im Kabinett wurde am Dienstag die
 * Digitalstrategie des Landes Niedersachsen beschlossen" is the Land's (sentences written for these
 * tests; parses in tests/fixtures/parses/decided-in-cabinet.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("decided-in-cabinet");
const adoptions = async (text: string) => (await facts(text, "adopts")).map(pairOrText).sort();

describe("a decision made in a cabinet", () => {
  it("is adopted by the cabinet's Land", async () => {
    expect(
      await adoptions(
        "Im Kabinett wurde am Dienstag die Digitalstrategie des Landes Niedersachsen beschlossen.",
      ),
    ).toEqual(["Niedersachsen -> Digitalstrategie des Landes Niedersachsen"]);
    expect(
      await adoptions("Im niedersächsischen Kabinett wurde am Dienstag die Digitalstrategie beschlossen."),
    ).toEqual(["Niedersachsen -> Digitalstrategie"]);
  });

  it("as one in a parliament is by the parliament, and a debate adopts nothing", async () => {
    expect(
      await adoptions("Im Landtag Nordrhein-Westfalen wurde das E-Government-Gesetz verabschiedet."),
    ).toEqual(["Landtag Nordrhein-Westfalen -> E-Government-Gesetz"]);
    expect(await adoptions("Im Kabinett wurde über die Digitalstrategie beraten.")).toEqual([]);
  });
});
