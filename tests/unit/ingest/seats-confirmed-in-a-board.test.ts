/**
 * "Rudolf Schleyer wurde im Vorstand von Vitako bestätigt": a seat confirmed by an election is a
 * membership, as one won is; an active "bestätigt" states something and is none (sentences written
 * for these tests; parses in tests/fixtures/parses/seats-confirmed-in-a-board.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("seats-confirmed-in-a-board");
const members = async (text: string) => (await facts(text, "memberOf")).map(pair);

describe("seats confirmed in a board", () => {
  it("make a member of the organisation", async () => {
    expect(await members("Rudolf Schleyer wurde im Vorstand von Vitako bestätigt.")).toEqual([
      "Rudolf Schleyer -> Vitako",
    ]);
    expect(await members("Rudolf Schleyer ist im Vorstand von Vitako bestätigt worden.")).toEqual([
      "Rudolf Schleyer -> Vitako",
    ]);
  });

  it("not a confirmation stated", async () => {
    expect(await members("Hessen bestätigt im IT-Planungsrat seine Zusage.")).toEqual([]);
  });
});
