/**
 * An office handed over by its figure of speech: "Peter Krause übergibt den Staffelstab an Anna
 * Berger", "übernimmt den Staffelstab von X" (sentences written for these tests; parses in
 * tests/fixtures/parses/staff-handed-over.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("staff-handed-over");
const successions = async (text: string) => (await facts(text, "succeeds")).map(pair);

describe("the staff handed over", () => {
  it("makes the one it is handed to the successor", async () => {
    expect(await successions("Peter Krause übergibt den Staffelstab an Anna Berger.")).toEqual([
      "Anna Berger -> Peter Krause",
    ]);
    expect(await successions("Anna Berger übernimmt den Staffelstab von Peter Krause.")).toEqual([
      "Anna Berger -> Peter Krause",
    ]);
  });

  it("not when it is not handed over", async () => {
    expect(await successions("Peter Krause übergibt den Staffelstab nicht an Anna Berger.")).toEqual([]);
  });
});
