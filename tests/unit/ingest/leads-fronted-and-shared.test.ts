/**
 * Leads the parser reads oddly: a fronted lead noun read as the subject and its holder as the
 * object ("Die Federführung für X hat das Land Hessen"), a genitive owner read in apposition
 * ("Unter Federführung Hessens wurde X entwickelt"); and a lead shared "gemeinsam/zusammen mit"
 * partners, who lead too (a plain "mit" does not share it) (sentences written for these tests;
 * parses in tests/fixtures/parses/leads-fronted-and-shared.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("leads-fronted-and-shared");
const leads = async (text: string) => (await facts(text, "leads")).map(pair).sort();

describe("a lead noun read oddly", () => {
  it("fronted, is held by the object", async () => {
    expect(await leads("Die Federführung für das Projekt Digitale Dörfer hat das Land Hessen.")).toEqual([
      "Hessen -> Projekt Digitale Dörfer",
    ]);
    expect(await leads("Die Federführung für das Projekt Digitale Dörfer hat große Bedeutung.")).toEqual([]);
  });

  it("with its owner in apposition, is the owner's", async () => {
    expect(await leads("Unter Federführung Hessens wurde die Plattform civento entwickelt.")).toEqual([
      "Hessen -> civento",
    ]);
  });
});

describe("a shared lead", () => {
  it("is the partners' too", async () => {
    expect(await leads("Hessen verantwortet gemeinsam mit Bayern das Themenfeld Gesundheit.")).toEqual([
      "Bayern -> OZG-Themenfeld Gesundheit",
      "Hessen -> OZG-Themenfeld Gesundheit",
    ]);
    expect(
      await leads("Hessen koordiniert zusammen mit Bayern und Berlin das Projekt Digitale Dörfer."),
    ).toEqual([
      "Bayern -> Projekt Digitale Dörfer",
      "Berlin -> Projekt Digitale Dörfer",
      "Hessen -> Projekt Digitale Dörfer",
    ]);
  });

  it("is not shared by a plain 'mit'", async () => {
    expect(await leads("Hessen leitet mit Bayern das Projekt Digitale Dörfer.")).toEqual([
      "Hessen -> Projekt Digitale Dörfer",
    ]);
  });
});
