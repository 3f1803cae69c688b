/**
 * A named project "gesteuert" by someone, or whose leadership ("die Leitung des Projekts X")
 * someone has or takes, is led by them; a unit's leadership is an office, a contribution
 * "beigesteuert" no lead (sentences written for these tests; parses in
 * tests/fixtures/parses/projects-steered-and-led.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("projects-steered-and-led");
const leads = async (text: string) => (await facts(text, "leads")).map(pair);

describe("a project steered or led", () => {
  it("is led by who steers it, in the active and the passive", async () => {
    expect(await leads("Die Stadt Ulm steuert das Projekt „Digitale Heimat“.")).toEqual([
      "Ulm -> Digitale Heimat",
    ]);
    expect(await leads("Das Projekt „Digitale Heimat“ wird von der Stadt Ulm gesteuert.")).toEqual([
      "Ulm -> Digitale Heimat",
    ]);
  });

  it("is led by who takes its leadership, in either order", async () => {
    expect(await leads("Die Stadt Ulm hat die Leitung des Projekts „Digitale Heimat“ übernommen.")).toEqual([
      "Ulm -> Digitale Heimat",
    ]);
    expect(await leads("Die Leitung des Projekts „Digitale Heimat“ hat die Stadt Ulm übernommen.")).toEqual([
      "Ulm -> Digitale Heimat",
    ]);
  });

  it("not a contribution, a denied leadership, or a unit's", async () => {
    expect(
      await leads("Die Stadt Ulm steuert zwei Millionen Euro zum Projekt „Digitale Heimat“ bei."),
    ).toEqual([]);
    expect(
      await leads("Die Stadt Ulm hat die Leitung des Projekts „Digitale Heimat“ nicht übernommen."),
    ).toEqual([]);
    expect(await leads("Das Land Hessen hat die Leitung des Referats übernommen.")).toEqual([]);
  });
});
