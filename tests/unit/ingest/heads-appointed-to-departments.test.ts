/**
 * Heads appointed to a department named in the genitive ("wird zum Leiter der Abteilung
 * Digitalisierung im Innenministerium ernannt"), which the parser reads as a second subject of
 * the verb (sentences written for these tests; parses in
 * tests/fixtures/parses/heads-appointed-to-departments.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("heads-appointed-to-departments");

describe("a head appointed to a department", () => {
  it("holds the office in the department's Land", async () => {
    expect(
      await offices(
        "Dr. Alexander Georgiadis wird zum Leiter der Abteilung Digitalisierung im Niedersächsischen Innenministerium ernannt.",
      ),
    ).toEqual(["Alexander Georgiadis -> Niedersachsen (Leiter)"]);
    expect(
      await offices(
        "Anna Keller wurde zur Leiterin der Abteilung Digitalisierung im Niedersächsischen Innenministerium ernannt.",
      ),
    ).toEqual(["Anna Keller -> Niedersachsen (Leiterin)"]);
  });
});
