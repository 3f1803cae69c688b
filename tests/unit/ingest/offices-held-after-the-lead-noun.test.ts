/**
 * A lead held by the one named after a fronted lead noun and "hat ... inne" ("Die Leitung der
 * FITKO hat André Göbel inne"), which the parser reads with the name as a passive subject and
 * the particle on the name (sentences written for these tests; parses in
 * tests/fixtures/parses/offices-held-after-the-lead-noun.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("offices-held-after-the-lead-noun");

describe("a lead noun fronted before 'hat ... inne'", () => {
  it("is held by the one named after the verb", async () => {
    expect(await offices("Die Leitung der FITKO hat André Göbel inne.")).toEqual([
      "André Göbel -> FITKO (Leitung)",
    ]);
    expect(await offices("Die Leitung der FITKO hat seit Januar André Göbel inne.")).toEqual([
      "André Göbel -> FITKO (Leitung)",
    ]);
  });

  it("is held by no one without 'inne'", async () => {
    expect(await offices("Die Leitung der FITKO hat André Göbel kritisiert.")).toEqual([]);
  });
});
