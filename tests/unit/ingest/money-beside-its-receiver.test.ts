/**
 * Money the parser hangs on the receiver named right before it: "Im Landkreis Dillingen hat die
 * Stadt Dillingen 5623 Euro vom Freistaat Bayern erhalten", "Der Freistaat Sachsen stellt dem
 * Landkreis Görlitz 2 Millionen Euro bereit" (with "bereit" read as an adjective) (sentences
 * written for these tests; parses in tests/fixtures/parses/money-beside-its-receiver.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("money-beside-its-receiver");
const funded = async (text: string) =>
  (await facts(text, "funds"))
    .map((f) => `${pair(f)}${f.amount === undefined ? "" : ` (${f.amount})`}`)
    .sort();

describe("money right after its receiver", () => {
  it("is what the receiver gets, after a place put first", async () => {
    expect(
      await funded("Im Landkreis Dillingen hat die Stadt Dillingen 5623 Euro vom Freistaat Bayern erhalten."),
    ).toEqual(["Bayern -> Dillingen a.d.Donau (5623)"]);
  });

  it("is what a verb of providing gives its dative", async () => {
    expect(
      await funded(
        "Der Freistaat Sachsen stellt dem Landkreis Görlitz 2 Millionen Euro für die Digitalisierung bereit.",
      ),
    ).toEqual(["Sachsen -> Landkreis Görlitz (2000000)"]);
  });

  it("is no grant where no money is provided", async () => {
    expect(await funded("Der Freistaat Sachsen stellt dem Landkreis Görlitz die Technik bereit.")).toEqual(
      [],
    );
  });
});
