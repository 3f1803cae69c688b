/**
 * "Neben ihrer Tätigkeit als Landrätin ist Petra Sommer Vizepräsidentin des Landkreistages": the
 * possessive of a tenure noun that opens the clause stands for the clause's own subject, not for
 * the person of that gender the sentences before named (sentences written for these tests; parses
 * in tests/fixtures/parses/offices-held-beside-another.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("offices-held-beside-another");

describe("an office held beside another", () => {
  it("is the clause's subject's, not the one named before", async () => {
    expect(
      await offices(
        "Ute Lange leitet das Ordnungsamt. Neben ihrer Tätigkeit als Landrätin des Landkreises Görlitz ist Petra Sommer Vizepräsidentin des Sächsischen Landkreistages.",
      ),
    ).toEqual([
      "Petra Sommer -> Landkreis Görlitz (Landrätin)",
      "Petra Sommer -> Sächsischer Landkreistag (Vizepräsidentin)",
    ]);
  });

  it("while a subject the possessive does not fit leaves it to the one named before", async () => {
    expect(
      await offices(
        "Ute Lange leitet das Ordnungsamt. Aus ihrer Zeit als Landrätin des Landkreises Görlitz kennt Peter Brück das Problem.",
      ),
    ).toEqual(["Ute Lange -> Landkreis Görlitz (Landrätin)"]);
  });
});
