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

describe("an office someone 'ist ... geworden'", () => {
  it("is the subject's, the person a describing noun stands for", async () => {
    expect(
      await offices(
        "Hartmut Schubert ist Finanzstaatssekretär in Thüringen. Nun ist der gelernte Chemiker auch CIO des Landes geworden.",
      ),
    ).toContain("Hartmut Schubert -> Thüringen (CIO)");
  });

  it("is the subject's where the parser conjoins the role to the subject", async () => {
    expect(
      await offices(
        "Hartmut Schubert ist Finanzstaatssekretär in Thüringen. Ganz still und leise ist der gelernte Diplom-Physiker nun auch CIO des Landes Thüringen geworden.",
      ),
    ).toContain("Hartmut Schubert -> Thüringen (CIO)");
  });
});
