/**
 * Members of a body named beside others: "Im Rat sind neben dem Bund auch A und B vertreten"
 * (sentences written for these tests; parses in tests/fixtures/parses/members-beside.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("members-beside");
const members = async (text: string) => (await facts(text, "memberOf")).map(pair).sort();

describe("a body's members", () => {
  it("include the one named with neben", async () => {
    expect(await members("Im IT-Planungsrat sind neben dem Bund auch Hessen und Bayern vertreten.")).toEqual([
      "Bayern -> IT-Planungsrat",
      "Bund -> IT-Planungsrat",
      "Hessen -> IT-Planungsrat",
    ]);
  });
});
