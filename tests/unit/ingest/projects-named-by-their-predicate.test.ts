/**
 * "„X“ heißt das Projekt, das ...": the project a relative clause speaks of is the one its naming
 * verb names (sentences written for these tests; parses in
 * tests/fixtures/parses/projects-named-by-their-predicate.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("projects-named-by-their-predicate");
const launches = async (text: string) => (await facts(text, "launches")).map(pair);

describe("a project named by its predicate", () => {
  it("is launched by the relative clause's subject", async () => {
    expect(await launches("„Wohngeld digital“ heißt das Projekt, das der Bund nun startet.")).toEqual([
      "Bund -> Wohngeld digital",
    ]);
  });

  it("not where the relative clause denies the launch", async () => {
    expect(await launches("„Wohngeld digital“ heißt das Projekt, das der Bund nicht startet.")).toEqual([]);
  });
});
