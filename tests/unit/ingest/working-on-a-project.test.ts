/**
 * Those who work "an" a named project take part in it, and so do the partners they work with
 * ("Ulm arbeitet gemeinsam mit Heidelberg am Projekt „Digitale Heimat“"); work on a task named by
 * a common noun names no project (sentences written for these tests; parses in
 * tests/fixtures/parses/working-on-a-project.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("working-on-a-project");
const participations = async (text: string) => (await facts(text, "participatesIn")).map(pair);

describe("working on a project", () => {
  it("is taking part in it, with the partners named", async () => {
    expect(
      await participations(
        "Die Stadt Ulm arbeitet gemeinsam mit der Stadt Heidelberg an dem Projekt „Digitale Heimat“.",
      ),
    ).toEqual(["Ulm -> Digitale Heimat", "Heidelberg -> Digitale Heimat"]);
    expect(
      await participations("Bayern und Hessen arbeiten seit 2022 am Projekt „Digitale Heimat“."),
    ).toEqual(["Bayern -> Digitale Heimat", "Hessen -> Digitale Heimat"]);
  });

  it("not work on a task without a name", async () => {
    expect(
      await participations("Ulm arbeitet mit Heidelberg an der Digitalisierung der Verwaltung."),
    ).toEqual([]);
  });
});
