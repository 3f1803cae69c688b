/**
 * Users named as a group beside a Land named with "in": the Land is where the group is ("In
 * Baden-Württemberg ist X bei 435 Kommunen im Einsatz": "Kommunen in Baden-Württemberg"), not a
 * user of its own (sentences written for these tests; parses in
 * tests/fixtures/parses/users-where-they-are.json).
 */
import { describe, expect, it } from "vitest";
import { portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("users-where-they-are");
const uses = async (text: string) =>
  (await facts(text, "usesService"))
    .map(
      (f) =>
        `${f.subject.name} <- ${f.object?.name ?? f.text ?? ""}${f.count === undefined ? "" : ` (${f.count})`}`,
    )
    .sort();

describe("a group of users beside a Land", () => {
  it("is the group in that Land", async () => {
    expect(
      await uses(
        "In Baden-Württemberg ist die elektronische Wohnsitzanmeldung bereits bei 435 Kommunen im Einsatz.",
      ),
    ).toEqual(["OZG-Leistung Wohnsitzanmeldung <- Kommunen in Baden-Württemberg (435)"]);
    expect(await uses("In Hessen nutzen bereits 200 Kommunen die Plattform civento.")).toEqual([
      "civento <- Kommunen in Hessen (200)",
    ]);
  });

  it("leaves named users and a Land alone as they are", async () => {
    expect(await uses("Die Plattform civento ist in Hessen im Einsatz.")).toEqual(["civento <- Hessen"]);
    expect(
      await uses("In Hessen nutzen die Stadt Kassel und die Stadt Fulda die Plattform civento."),
    ).toEqual(["civento <- Fulda", "civento <- Kassel"]);
  });
});
