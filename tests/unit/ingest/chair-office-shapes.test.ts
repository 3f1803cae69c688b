/**
 * The chair of a body named by its office: of a body the reference data does not know
 * ("Vorsitzender der Datenschutzkonferenz"), of a Zweckverband ("zum neuen Vorsitzenden gewählt"), and where the parser takes the apposition after a
 * comma for a conjunct ("Der Vorsitzende des IT-Planungsrats, der hessische Staatssekretär und
 * CIO ... X"); sentences written for these tests (parses in tests/fixtures/parses/chair-office-shapes.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("chair-office-shapes");

const chairs = async (text: string) => (await facts(text, "chairs")).map(pair);

describe("the chair named by its office", () => {
  it("chairs a body the reference data does not know, named as a body", async () => {
    expect(
      await chairs(
        "Die Runde tauschte sich mit dem Vorsitzenden der Datenschutzkonferenz (DSK), Prof. Dr. Peter Kern, aus.",
      ),
    ).toEqual(["Peter Kern -> Datenschutzkonferenz"]);
  });

  it("chairs a Zweckverband elected its chair", async () => {
    expect(
      await chairs(
        "Die Versammlung des Zweckverbands 4IT hat den Böblinger Landrat Peter Kern einstimmig zum neuen Vorsitzenden gewählt.",
      ),
    ).toEqual(["Peter Kern -> Zweckverband 4IT"]);
  });

  it("is the person of the apposition the parser read as a conjunct", async () => {
    expect(
      await chairs(
        "Der Vorsitzende des IT-Planungsrats, der hessische Digitalstaatssekretär und Chief Information Officer des Landes Hessen (CIO) Peter Kern, freut sich auf die Zusammenarbeit.",
      ),
    ).toEqual(["Peter Kern -> IT-Planungsrat"]);
  });
});
