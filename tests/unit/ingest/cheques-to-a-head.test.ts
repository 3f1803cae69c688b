/**
 * A cheque of funding is a notice of funding, and handed to a town's or county's head ("übergab
 * dem Landrat einen Förderscheck") it funds the one town or county whose head the item named
 * (sentences written for these tests; parses in tests/fixtures/parses/cheques-to-a-head.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("cheques-to-a-head");
const funds = async (text: string) => (await facts(text, "funds")).map(pair);

describe("a cheque handed to a county's head", () => {
  it("funds the county whose head the item named", async () => {
    expect(
      await funds(
        "Der Landrat des Landkreises Dillingen, Markus Müller, stellte die Strategie vor. Das Land Bayern übergab dem Landrat einen Förderscheck über 20.000 Euro.",
      ),
    ).toEqual(["Bayern -> Landkreis Dillingen a.d.Donau"]);
  });

  it("not where the item named the heads of two places", async () => {
    expect(
      await funds(
        "Der Landrat des Landkreises Dillingen, Markus Müller, und der Landrat des Landkreises Günzburg, Hans Reichhart, stellten die Strategie vor. Das Land Bayern übergab dem Landrat einen Förderscheck über 20.000 Euro.",
      ),
    ).toEqual([]);
  });
});
