/**
 * Roles written in a gender-inclusive form ("die Staatssekretär:innen A und B", "die
 * Oberbürgermeister*in X") are the roles the model reads in their feminine form, each listed
 * person holding the role as it is said of them (sentences written for these tests; parses in
 * tests/fixtures/parses/gender-inclusive-roles.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("gender-inclusive-roles");
const sorted = async (text: string) => (await offices(text)).sort();

describe("a plural role with a gender gap", () => {
  it("is held by each person listed after it, in the form said of them", async () => {
    for (const gap of [":", "*", "_"])
      expect(
        await sorted(
          `Die Staatssekretär${gap}innen Cordula Kießling und Wolfgang Mosbacher aus dem Bundesinnenministerium sprachen in Berlin.`,
        ),
      ).toEqual([
        "Cordula Kießling -> Bundesministerium des Innern (Staatssekretärin)",
        "Wolfgang Mosbacher -> Bundesministerium des Innern (Staatssekretär)",
      ]);
  });
});

describe("a singular role with a gender gap", () => {
  it("is held by the person named after it", async () => {
    expect(await sorted("Die Oberbürgermeister:in von Ulm, Anna Kießling, begrüßte den Beschluss.")).toEqual([
      "Anna Kießling -> Ulm (Oberbürgermeisterin)",
    ]);
  });
});

describe("a plural role said of men and women alike", () => {
  it("is held by each in the form said of them", async () => {
    expect(
      await sorted(
        "Die Staatssekretäre Cordula Kießling und Wolfgang Mosbacher aus dem Bundesinnenministerium sprachen in Berlin.",
      ),
    ).toEqual([
      "Cordula Kießling -> Bundesministerium des Innern (Staatssekretärin)",
      "Wolfgang Mosbacher -> Bundesministerium des Innern (Staatssekretär)",
    ]);
  });
});
