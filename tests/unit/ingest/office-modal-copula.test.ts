/**
 * An office stated with a modal and the copula's infinitive ("soll Staatssekretär ... werden"),
 * and a role word misspelt as real news misspell it ("Staatsekretär"); sentences written for these
 * tests (parses in tests/fixtures/parses/office-modal-copula.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { offices } = portalItems("office-modal-copula");

describe("an office after a modal verb", () => {
  it("is the subject's, with the copula as an infinitive", async () => {
    expect(await offices("Anna Keller soll neue CIO des Landes Hessen werden.")).toEqual([
      "Anna Keller -> Hessen (CIO)",
    ]);
  });

  it("is read with its role misspelt with one s", async () => {
    expect(await offices("Klaus Vitt soll Staatsekretär im Bundesministerium des Innern werden.")).toEqual([
      "Klaus Vitt -> Bundesministerium des Innern (Staatsekretär)",
    ]);
    expect(
      await offices(
        "Das Kabinett hat den Staatsekretär im Justizministerium, Peter Kern, zum CIO des Freistaates Sachsen berufen.",
      ),
    ).toContain("Peter Kern -> Sachsen (CIO)");
  });
});
