/**
 * A chair passed on, read the parser's other way: "Turnusgemäß ging der Vorsitz des
 * IT-Planungsrates zum Jahreswechsel vom Bund an Hamburg" (the parser takes the adverb for the
 * subject and the chair for an argument) (sentences written for these tests; parses in
 * tests/fixtures/parses/chairs-passed-on-turn.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("chairs-passed-on-turn");
const chairs = async (text: string) => (await facts(text, "chairs")).map(pair).sort();

describe("a chair passed on", () => {
  it("names its giver where an adverb opens the sentence", async () => {
    expect(
      await chairs(
        "Turnusgemäß ging der Vorsitz des IT-Planungsrates zum Jahreswechsel vom Bund an die Länder.",
      ),
    ).toEqual(["Bund -> IT-Planungsrat"]);
  });
});
