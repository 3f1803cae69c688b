/**
 * A council the gazetteer does not know, named with a Land whose name has a hyphen ("der neue
 * Digitalrat Rheinland-Pfalz"): one body, named in full, also where a later "der Rat" refers to it
 * (sentences written for these tests; parses in tests/fixtures/parses/bodies-named-with-their-land.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("bodies-named-with-their-land");
const chairs = async (text: string) => (await facts(text, "chairs")).map(pair);

describe("a council named with a hyphenated Land", () => {
  it("is one body, named in full", async () => {
    expect(
      await chairs(
        "Vor ein paar Tagen hat sich der neue Digitalrat Rheinland-Pfalz unter dem Vorsitz der Digitalisierungsministerin Dörte Schall (SPD) konstituiert. Als Beratungsgremium soll der Rat unter der Leitung von Landesdigitalisierungsministerin Dörte Schall (SPD) Impulse für das Land setzen.",
      ),
    ).toEqual(["Dörte Schall -> Digitalrat Rheinland-Pfalz"]);
  });

  it("as a council named with a Land of one word is", async () => {
    expect(
      await chairs(
        "Vor ein paar Tagen hat sich der neue Digitalrat Hessen unter dem Vorsitz der Digitalministerin Kristina Sinemus (CDU) konstituiert. Als Beratungsgremium soll der Rat unter der Leitung von Landesdigitalministerin Kristina Sinemus (CDU) Impulse für das Land setzen.",
      ),
    ).toEqual(["Kristina Sinemus -> Digitalrat Hessen"]);
  });
});
