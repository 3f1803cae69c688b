/**
 * "X ist ein Projekt, das ...": the noun that says what a named project is stands for it, and
 * "federführend durch Y umgesetzt" makes Y its lead (the parser hangs the agent on the adverb);
 * "gemeinsam mit Z" makes Z a participant (sentences written for these tests; parses in
 * tests/fixtures/parses/predicated-projects.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("predicated-projects");

const SENTENCE =
  "Die App „Kita digital“ ist ein länderübergreifendes Digitalisierungsprojekt, das federführend durch die Senatskanzlei Hamburg gemeinsam mit dem Bundesministerium des Innern umgesetzt wird.";

describe("a project named by its predicate", () => {
  it("is led by the agent of 'federführend durch'", async () => {
    expect((await facts(SENTENCE, "leads")).map(pair)).toEqual(["Senatskanzlei Hamburg -> Kita digital"]);
  });

  it("has the partner of 'gemeinsam mit' take part", async () => {
    expect((await facts(SENTENCE, "participatesIn")).map(pair)).toEqual([
      "Bundesministerium des Innern -> Kita digital",
    ]);
  });

  it("is led by the one a relative clause names", async () => {
    expect(
      (
        await facts("Die App „Kita digital“ ist ein Projekt, das vom Land Bremen geleitet wird.", "leads")
      ).map(pair),
    ).toEqual(["Bremen -> Kita digital"]);
  });

  it("is no law's", async () => {
    expect(
      (
        await facts(
          "Das Onlinezugangsgesetz ist ein Vorhaben, das federführend durch das Bundesministerium des Innern umgesetzt wird.",
          "leads",
        )
      ).map(pair),
    ).toEqual([]);
  });
});
