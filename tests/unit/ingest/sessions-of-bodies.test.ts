/**
 * A body's meeting is no project: who takes part "an der Sitzung der Digitalministerkonferenz"
 * takes part in the body, once, not also in a project "Sitzung der Digitalministerkonferenz"
 * (sentences written for these tests; parses in tests/fixtures/parses/sessions-of-bodies.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("sessions-of-bodies");
const parts = async (text: string) => (await facts(text, "participatesIn")).map(pair).sort();

describe("a meeting of a body taken part in", () => {
  it("is the body, once", async () => {
    expect(await parts("Volker Wissing nahm an der Sitzung der Digitalministerkonferenz teil.")).toEqual([
      "Volker Wissing -> Digitalministerkonferenz",
    ]);
    expect(await parts("Volker Wissing nahm als Gast am Treffen der Digitalministerkonferenz teil.")).toEqual(
      ["Volker Wissing -> Digitalministerkonferenz"],
    );
  });

  it("leaves a named project taken part in as it was", async () => {
    expect(await parts("Hessen und Bayern beteiligen sich am Projekt „Online-Gateway“.")).toEqual([
      "Bayern -> Online-Gateway",
      "Hessen -> Online-Gateway",
    ]);
  });
});
