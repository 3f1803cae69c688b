/**
 * A perfect the parser reads with "hat" as an auxiliary at the root, the participle as its
 * complement and the object as the participle's subject ("Der Landtag Mecklenburg-Vorpommern hat
 * heute die Änderung des E-Government-Gesetzes beschlossen"): the participle is the verb, its
 * "subject" the object, as where the parser tags "hat" a verb (sentences written for these tests;
 * parses in tests/fixtures/parses/perfects-under-an-auxiliary.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("perfects-under-an-auxiliary");
const adoptions = async (text: string) => (await facts(text, "adopts")).map(pairOrText);

describe("a perfect with a feminine object", () => {
  it("adopts what the object names", async () => {
    expect(
      await adoptions(
        "Der Landtag Mecklenburg-Vorpommern hat heute die Änderung des E-Government-Gesetzes beschlossen.",
      ),
    ).toEqual(["Landtag Mecklenburg-Vorpommern -> Änderung des E-Government-Gesetzes"]);
  });

  it("is read as before with a neuter object", async () => {
    expect(
      await adoptions("Der Landtag Mecklenburg-Vorpommern hat heute das E-Government-Gesetz verabschiedet."),
    ).toEqual(["Landtag Mecklenburg-Vorpommern -> E-Government-Gesetz"]);
  });
});
