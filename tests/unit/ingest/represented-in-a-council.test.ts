/**
 * Representatives in a council: "Im IT-Kooperationsrat NRW sind Vertreter des Landkreistags NRW
 * vertreten" makes the association a member, as "sind der Landkreistag NRW ... vertreten" does
 * (sentences written for these tests; parses in tests/fixtures/parses/represented-in-a-council.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("represented-in-a-council");
const members = async (text: string) => (await facts(text, "memberOf")).map(pair).sort();

describe("representatives of an organisation in a council", () => {
  it("make the organisation a member", async () => {
    expect(
      await members("Im IT-Kooperationsrat NRW sind Vertreter des Landkreistags NRW vertreten."),
    ).toEqual(["Landkreistag Nordrhein-Westfalen -> IT-Kooperationsrat Nordrhein-Westfalen"]);
    expect(
      await members(
        "Im IT-Kooperationsrat NRW sind je zwei Vertreter des Landkreistags NRW und des Städtetags NRW vertreten.",
      ),
    ).toEqual([
      "Landkreistag Nordrhein-Westfalen -> IT-Kooperationsrat Nordrhein-Westfalen",
      "Städtetag Nordrhein-Westfalen -> IT-Kooperationsrat Nordrhein-Westfalen",
    ]);
  });

  it("are read on each of two nouns joined", async () => {
    expect(
      await members(
        "Im IT-Kooperationsrat NRW sind Vertreterinnen und Vertreter des Landkreistags NRW vertreten.",
      ),
    ).toEqual(["Landkreistag Nordrhein-Westfalen -> IT-Kooperationsrat Nordrhein-Westfalen"]);
  });

  it("of no one named make no member", async () => {
    expect(await members("Im IT-Kooperationsrat NRW sind die Vertreter der Kommunen vertreten.")).toEqual([]);
  });
});
