/**
 * A plural role after a copula: "A und B sind Geschäftsführer von Dataport", "Neue Geschäftsführer
 * sind A und B", "A und B sind Staatssekretäre im ...": the role is each name's, in the form of
 * each one's gender (sentences written for these tests; parses in
 * tests/fixtures/parses/plural-roles-after-copulas.json).
 */
import { describe, expect, it } from "vitest";
import { office, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("plural-roles-after-copulas");
const offices = async (text: string) => (await facts(text, "holdsOffice")).map(office).sort();

describe("a plural role after a copula", () => {
  it("is each subject's", async () => {
    expect(await offices("Anke Müller und Peter Kühne sind Geschäftsführer von Dataport.")).toEqual([
      "Anke Müller -> Dataport (Geschäftsführerin)",
      "Peter Kühne -> Dataport (Geschäftsführer)",
    ]);
  });

  it("is each name's after the copula", async () => {
    expect(await offices("Neue Geschäftsführer von Dataport sind Anke Müller und Peter Kühne.")).toEqual([
      "Anke Müller -> Dataport (Geschäftsführerin)",
      "Peter Kühne -> Dataport (Geschäftsführer)",
    ]);
  });

  it("reads a plural in -äre or -räte as its singular", async () => {
    expect(
      await offices("Anke Müller und Peter Kühne sind Staatssekretäre im Innenministerium Brandenburg."),
    ).toEqual([
      "Anke Müller -> Brandenburg (Staatssekretärin)",
      "Peter Kühne -> Brandenburg (Staatssekretär)",
    ]);
    expect(await offices("Anke Müller und Peter Kühne sind Staatsräte in Bremen.")).toEqual([
      "Anke Müller -> Bremen (Staatsrätin)",
      "Peter Kühne -> Bremen (Staatsrat)",
    ]);
  });

  it("keeps each gender's form for a plural role before the names", async () => {
    expect(
      await offices(
        "Die Staatssekretäre Anke Müller und Peter Kühne sprachen im Innenministerium Brandenburg.",
      ),
    ).toEqual([
      "Anke Müller -> Brandenburg (Staatssekretärin)",
      "Peter Kühne -> Brandenburg (Staatssekretär)",
    ]);
  });

  it("leaves a singular role to its one subject", async () => {
    expect(
      await offices("Anke Müller ist Geschäftsführerin von Dataport und Peter Kühne Prokurist."),
    ).toEqual(["Anke Müller -> Dataport (Geschäftsführerin)"]);
  });
});
