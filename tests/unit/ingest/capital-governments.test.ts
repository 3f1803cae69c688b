/**
 * A Land's government named by its capital's adjective: "die Kieler Landesregierung", "das
 * Dresdner Kabinett", and "die Brandenburger Landesregierung" by the town that shares the Land's
 * name (sentences written for these tests; parses in tests/fixtures/parses/capital-governments.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("capital-governments");
const adoptions = async (text: string) => (await facts(text, "adopts")).map(pairOrText).sort();

describe("a government named by its capital", () => {
  it("is the Land whose capital it is", async () => {
    expect(await adoptions("Die Kieler Landesregierung hat das E-Government-Gesetz beschlossen.")).toEqual([
      "Schleswig-Holstein -> E-Government-Gesetz",
    ]);
    expect(await adoptions("Das Dresdner Kabinett hat das E-Government-Gesetz beschlossen.")).toEqual([
      "Sachsen -> E-Government-Gesetz",
    ]);
  });

  it("is the Land whose name the town shares", async () => {
    expect(
      await adoptions("Die Brandenburger Landesregierung hat das E-Government-Gesetz beschlossen."),
    ).toEqual(["Brandenburg -> E-Government-Gesetz"]);
  });

  it("leaves the town's own people to the town", async () => {
    const text = "Der Brandenburger Oberbürgermeister Steffen Scheller startet das Portal „Havel digital“.";
    expect((await facts(text, "holdsOffice")).map(pairOrText)).toEqual([
      "Steffen Scheller -> Brandenburg an der Havel",
    ]);
  });
});
