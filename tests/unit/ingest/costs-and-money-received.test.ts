/**
 * Money a named project receives from a giver ("Das Projekt X erhält vom Bund 2 Millionen Euro")
 * and costs a government bears ("trägt die Kosten des Projekts X", "trägt 90 Prozent der Kosten")
 * fund the project; bearing a responsibility is no money (sentences written for these tests;
 * parses in tests/fixtures/parses/costs-and-money-received.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("costs-and-money-received");
const funds = async (text: string) => (await facts(text, "funds")).map(pair);

describe("money a named project receives", () => {
  it("is given by the one named after von", async () => {
    expect(await funds("Das Projekt „Digitale Heimat“ erhält vom Bund 2 Millionen Euro.")).toEqual([
      "Bund -> Digitale Heimat",
    ]);
  });
});

describe("costs a government bears", () => {
  it("fund what they are the costs of", async () => {
    expect(await funds("Das Land Hessen trägt die Kosten des Projekts „Digitale Heimat“.")).toEqual([
      "Hessen -> Digitale Heimat",
    ]);
    expect(
      await funds("Das Land Hessen trägt 90 Prozent der Kosten des Projekts „Digitale Heimat“."),
    ).toEqual(["Hessen -> Digitale Heimat"]);
  });

  it("while a responsibility borne is no money", async () => {
    expect(await funds("Das Land Hessen trägt die Verantwortung für das Projekt „Digitale Heimat“.")).toEqual(
      [],
    );
  });
});
