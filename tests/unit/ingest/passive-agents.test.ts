/**
 * The agent of a passive the parser hangs on the adverb beside the verb: "Das Projekt X wird vom
 * Land Brandenburg federführend umgesetzt" is carried out, and so led, by Brandenburg
 * (sentences written for these tests; parses in tests/fixtures/parses/passive-agents.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("passive-agents");

async function leaders(text: string): Promise<string[]> {
  return (await facts(text, "leads")).map(pair).sort();
}

describe("a passive's agent on its adverb", () => {
  it("is who carries the project out", async () => {
    expect(
      await leaders("Das Projekt „Digitale Einwanderung“ wird vom Land Brandenburg federführend umgesetzt."),
    ).toEqual(["Brandenburg -> Digitale Einwanderung"]);
  });

  it("is not a place named with the adverb", async () => {
    expect(
      await leaders("Das Projekt „Digitale Einwanderung“ wird in Brandenburg federführend umgesetzt."),
    ).toEqual([]);
  });
});
