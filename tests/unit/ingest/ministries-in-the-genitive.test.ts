/**
 * A Land's ministry in the genitive and by its capital: "steht an der Spitze des
 * Finanzministeriums Mecklenburg-Vorpommern", "ist an die Spitze des Schweriner Finanzministeriums
 * gerückt", "Staatssekretärin des Kieler Innenministeriums" (sentences written for these tests;
 * parses in tests/fixtures/parses/ministries-in-the-genitive.json).
 */
import { describe, expect, it } from "vitest";
import { office, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("ministries-in-the-genitive");
const offices = async (text: string) => (await facts(text, "holdsOffice")).map(office).sort();

describe("a ministry named in the genitive", () => {
  it("is its Land's where one stands at its head", async () => {
    expect(
      await offices("Heiko Geue steht an der Spitze des Finanzministeriums Mecklenburg-Vorpommern."),
    ).toEqual(["Heiko Geue -> Mecklenburg-Vorpommern (Leitung)"]);
    expect(
      await offices("Heiko Geue übernimmt die Leitung des Finanzministeriums von Mecklenburg-Vorpommern."),
    ).toEqual(["Heiko Geue -> Mecklenburg-Vorpommern (Leitung)"]);
  });

  it("is its Land's where one moves to its head", async () => {
    expect(
      await offices(
        "Heiko Geue ist an die Spitze des Finanzministeriums von Mecklenburg-Vorpommern gerückt.",
      ),
    ).toEqual(["Heiko Geue -> Mecklenburg-Vorpommern (Leitung)"]);
    expect(await offices("Anna Beck tritt an die Spitze der Digitalagentur Niedersachsen.")).toEqual([
      "Anna Beck -> Digitalagentur Niedersachsen (Leitung)",
    ]);
  });

  it("named by its capital is the Land's, not the town's", async () => {
    expect(await offices("Heiko Geue steht an der Spitze des Schweriner Finanzministeriums.")).toEqual([
      "Heiko Geue -> Mecklenburg-Vorpommern (Leitung)",
    ]);
    expect(
      await offices("Anna Beck, Staatssekretärin des Kieler Innenministeriums, sprach zur Eröffnung."),
    ).toEqual(["Anna Beck -> Schleswig-Holstein (Staatssekretärin)"]);
  });

  it("not a town moving up a ranking", async () => {
    expect(await offices("Die Stadt Ulm rückt an die Spitze des Rankings.")).toEqual([]);
  });
});
