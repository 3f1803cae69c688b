/**
 * Decisions to do something named by an infinitive with "zu" whose noun the parser reads as the
 * infinitive's subject ("hat beschlossen, die Digitalstrategie fortzuschreiben") (sentences
 * written for these tests; parses in tests/fixtures/parses/decided-to-continue.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("decided-to-continue");
const adopted = async (text: string) => (await facts(text, "adopts")).map(pairOrText).sort();

describe("a decision named by an infinitive", () => {
  it("adopts what the infinitive does to its object", async () => {
    expect(
      await adopted(
        "Die sächsische Staatsregierung hat am Dienstag beschlossen, die Digitalstrategie fortzuschreiben.",
      ),
    ).toEqual(["Sachsen -> die Digitalstrategie fortschreiben"]);
  });

  it("adopts the infinitive with the particle apart from 'zu'", async () => {
    expect(
      await adopted(
        "Die hessische Landesregierung hat beschlossen, das Förderprogramm „Starke Heimat“ durchzuführen.",
      ),
    ).toEqual(["Hessen -> das Förderprogramm Starke Heimat durchführen"]);
  });
});
