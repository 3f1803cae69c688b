/**
 * Local governments the text names as a group, not by name: funded ("Das Land Hessen unterstützt
 * die Kommunen mit 20 Millionen Euro", "stellt seinen Kommunen 80 Millionen Euro zur Verfügung")
 * and using a service ("In Hessen können die Kommunen die Plattform civento nutzen"). The group is
 * named as the text names it, in the nominative, and is the group within the item's Land; what is
 * handed to it other than money is no funding, and a group that lists names or is only a part
 * ("viele Kommunen") is no group (sentences written for these tests; parses in
 * tests/fixtures/parses/local-governments-as-a-group.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";
import type { Fact } from "../../../src/model/fact.js";

const { facts } = portalItems("local-governments-as-a-group");
const funds = async (text: string) => (await facts(text, "funds")).map(pair).sort();
const uses = async (text: string) =>
  (await facts(text, "usesService")).map(
    (f: Fact) => `${f.subject.name} <- ${f.object?.name ?? f.text ?? ""}`,
  );

describe("local governments as a group", () => {
  it("are funded with money named or by a verb of funding", async () => {
    expect(
      await funds(
        "Mit jährlich 20 Millionen Euro unterstützt das Land Hessen die Kommunen bei der Digitalisierung.",
      ),
    ).toEqual(["Hessen -> Kommunen"]);
    expect(
      await funds(
        "Das Bundesland Thüringen stellt seinen Kommunen dafür 80 Millionen Euro Fördergelder zur Verfügung.",
      ),
    ).toEqual(["Thüringen -> Kommunen"]);
    expect(await funds("Das Land Hessen fördert die Kommunen bei der Digitalisierung.")).toEqual([
      "Hessen -> Kommunen",
    ]);
  });

  it("are named as the text names them, in the nominative, within the item's Land", async () => {
    const funded = await facts(
      "Mit dem Programm „Digitales Rathaus“ unterstützt der Freistaat Bayern die bayerischen Städte und Gemeinden mit 10 Millionen Euro.",
      "funds",
    );
    const group = funded.find((f) => f.object?.type === "Organization");
    expect(group?.object?.name).toBe("bayerische Städte und Gemeinden");
    expect(group?.object?.id).toContain("bayern");
  });

  it("are not funded by what is handed to them other than money", async () => {
    expect(
      await funds("Das Land Thüringen stellt den Kommunen seine technische Infrastruktur zur Verfügung."),
    ).toEqual([]);
  });

  it("use a service, named with the Land they are in", async () => {
    expect(await uses("In Hessen können die Kommunen die Plattform civento nutzen.")).toEqual([
      "civento <- Kommunen in Hessen",
    ]);
  });

  it("are no group where the text lists names or names a part", async () => {
    expect(await funds("Das Land Hessen fördert die Städte Kassel und Fulda mit 2 Millionen Euro.")).toEqual([
      "Hessen -> Fulda",
      "Hessen -> Kassel",
    ]);
    expect(await uses("In Hessen nutzen viele Kommunen die Plattform civento.")).toEqual([]);
  });
});
