/**
 * "Markus Richter saß fünf Jahre im IT-Planungsrat": a seat held for a time, where the parser hangs
 * the council on the time, and in a relative clause whose pronoun the model tags an article
 * (sentences written for these tests; parses in tests/fixtures/parses/seats-held-for-years.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("seats-held-for-years");
const members = async (text: string) => (await facts(text, "memberOf")).map(pair);

describe("seats held for years", () => {
  it("make a member of the council", async () => {
    expect(await members("Markus Richter saß rund fünf Jahre im IT-Planungsrat.")).toEqual([
      "Markus Richter -> IT-Planungsrat",
    ]);
  });

  it("also in a relative clause", async () => {
    expect(
      await members("Anna Keller folgt auf Markus Richter, der rund fünf Jahre im IT-Planungsrat saß."),
    ).toEqual(["Markus Richter -> IT-Planungsrat"]);
  });

  it("and one who sits for a person is the member", async () => {
    expect(
      await members("Für Saarlands CIO Anna Keller sitzt ihr Chef Peter Brück im IT-Planungsrat."),
    ).toEqual(["Peter Brück -> IT-Planungsrat"]);
  });

  it("while one who sits for a Land makes the Land the member", async () => {
    expect(await members("Anna Keller sitzt für Hessen im IT-Planungsrat.")).toEqual([
      "Hessen -> IT-Planungsrat",
    ]);
  });
});
