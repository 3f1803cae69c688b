/**
 * Where one moves to with a new role: "Die frühere Abteilungsleiterin im sächsischen
 * Innenministerium, Anna Beck, geht als Staatssekretärin nach Thüringen" (the role is Thüringen's,
 * the earlier one Sachsen's) (sentences written for these tests; parses in
 * tests/fixtures/parses/moves-to-a-land.json).
 */
import { describe, expect, it } from "vitest";
import { office, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("moves-to-a-land");
const offices = async (text: string) => (await facts(text, "holdsOffice")).map(office).sort();

describe("a role one moves to", () => {
  it("is an office of the Land one moves to, beside the one named before", async () => {
    expect(
      await offices(
        "Die frühere Abteilungsleiterin im sächsischen Innenministerium, Anna Beck, geht als Staatssekretärin nach Thüringen.",
      ),
    ).toEqual(["Anna Beck -> Sachsen (Abteilungsleiterin)", "Anna Beck -> Thüringen (Staatssekretärin)"]);
    expect(
      await offices(
        "Der bisherige Referatsleiter im brandenburgischen Wirtschaftsministerium, Jan Maier, soll als Staatssekretär nach Sachsen wechseln.",
      ),
    ).toEqual(["Jan Maier -> Brandenburg (Referatsleiter)", "Jan Maier -> Sachsen (Staatssekretär)"]);
  });

  it("not a journey of an office holder", async () => {
    expect(await offices("Der Staatssekretär Jan Maier reiste nach Brüssel.")).toEqual([]);
  });
});
