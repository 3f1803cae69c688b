/**
 * Funding said without the verbs of funding: "unterstützt ... finanziell" (no sum needed) and
 * "gibt für X zwei Millionen Euro aus" (with the sum) (sentences written for these tests; parses
 * in tests/fixtures/parses/funding-without-a-sum.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("funding-without-a-sum");
const funds = async (text: string) => (await facts(text, "funds")).map(pair);

describe("financial support", () => {
  it("funds what is supported", async () => {
    expect(
      await funds("Das Bundesministerium des Innern unterstützt das Projekt „Digitale Heimat“ finanziell."),
    ).toEqual(["Bundesministerium des Innern -> Digitale Heimat"]);
  });

  it("not where it is denied", async () => {
    expect(
      await funds("Das Land Hessen unterstützt das Projekt „Digitale Heimat“ nicht finanziell."),
    ).toEqual([]);
  });
});

describe("money spent on a project", () => {
  it("funds it, in the active and the passive", async () => {
    expect(
      await funds("Das Land Hessen gibt für das Projekt „Digitale Heimat“ zwei Millionen Euro aus."),
    ).toEqual(["Hessen -> Digitale Heimat"]);
    expect(
      await funds("Für das Projekt „Digitale Heimat“ wurden vom Land Hessen zwei Millionen Euro ausgegeben."),
    ).toEqual(["Hessen -> Digitale Heimat"]);
  });

  it("not information given out", async () => {
    expect(await funds("Die Stadt Ulm gibt Auskunft über das Projekt „Digitale Heimat“.")).toEqual([]);
  });
});
