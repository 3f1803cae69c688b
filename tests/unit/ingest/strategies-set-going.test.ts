/**
 * A strategy or a law set going without a name of its own: "Rheinland-Pfalz bringt neue
 * Digitalstrategie auf den Weg" (sentences written for these tests; parses in
 * tests/fixtures/parses/strategies-set-going.json).
 */
import { describe, expect, it } from "vitest";
import { destination, pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("strategies-set-going");
const launches = async (text: string) => (await facts(text, "launches")).map(pairOrText).sort();

describe("a strategy brought on its way", () => {
  it("is launched by whom brings it, for review", async () => {
    expect(await launches("Rheinland-Pfalz bringt neue Digitalstrategie auf den Weg.")).toEqual([
      "Rheinland-Pfalz -> neue Digitalstrategie",
    ]);
    const [fact] = await facts(
      "Die Landesregierung von Rheinland-Pfalz hat eine neue Digitalstrategie auf den Weg gebracht.",
      "launches",
    );
    expect(fact && pairOrText(fact)).toBe("Rheinland-Pfalz -> neue Digitalstrategie");
    expect(fact && destination(fact)).toBe("review");
  });

  it("not whatever else is brought on its way without a name", async () => {
    expect(await launches("Die Stadt Ulm hat vieles auf den Weg gebracht.")).toEqual([]);
    expect(await launches("Das Land Hessen hat die Förderung auf den Weg gebracht.")).toEqual([]);
  });
});
