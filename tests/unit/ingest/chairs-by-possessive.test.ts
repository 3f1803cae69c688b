/**
 * A chair named with a possessive ("ihres bisherigen Vorsitzenden Boris Rhein", "unter seinem
 * Vorsitzenden Markus Richter") chairs the body the possessive refers to (sentences written for
 * these tests; parses in tests/fixtures/parses/chairs-by-possessive.json).
 */
import { describe, expect, it } from "vitest";
import { destination, pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("chairs-by-possessive");
const chairs = async (text: string) => (await facts(text, "chairs")).map(pair);

describe("a chair named with a possessive", () => {
  it("chairs the body the sentence names before it, for review", async () => {
    const text =
      "Die Ministerpräsidentenkonferenz hat nach Einschätzung ihres bisherigen Vorsitzenden Boris Rhein vor allem im Bereich Migration Fortschritte erzielt.";
    expect(await chairs(text)).toEqual(["Boris Rhein -> Ministerpräsidentenkonferenz"]);
    const [fact] = await facts(text, "chairs");
    expect(fact && destination(fact)).toBe("review");
    expect(await chairs("Der IT-Planungsrat hat unter seinem Vorsitzenden Markus Richter getagt.")).toEqual([
      "Markus Richter -> IT-Planungsrat",
    ]);
  });

  it("not where no body is named, nor without a name beside the noun", async () => {
    expect(await chairs("Die Stadt Kassel dankte ihrem Vorsitzenden Max Müller.")).toEqual([]);
    expect(
      await chairs("Markus Richter sprach. Der IT-Planungsrat tagte danach unter seinem Vorsitzenden."),
    ).toEqual([]);
  });
});
