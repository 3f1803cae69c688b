/**
 * A number whose currency the next amount names ("Die Gemeinde A erhält rund 14.650 und die
 * Gemeinde B rund 4.700 €") is an amount of its own, so each receiver gets its own (items written
 * for these tests; parses in tests/fixtures/parses/amounts-sharing-a-currency.json).
 */
import { describe, expect, it } from "vitest";
import { findAmounts } from "../../../src/ingest/entities/amounts.js";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("amounts-sharing-a-currency");
const values = (text: string) => findAmounts(text).map((a) => a.value);

describe("a number before the amount that names its currency", () => {
  it("is an amount in that currency and scale", () => {
    expect(values("Die Gemeinde A erhält rund 14.650 und die Gemeinde B rund 4.700 €.")).toEqual([
      14650, 4700,
    ]);
    expect(values("Es fließen zwei und drei Millionen Euro.")).toEqual([2e6, 3e6]);
  });

  it("is no amount where it is a year or counts something", () => {
    expect(values("In 2020 und 2021 flossen 5 Millionen Euro.")).toEqual([5e6]);
    expect(values("Für 17 Kommunen und das Land flossen 3 Millionen Euro.")).toEqual([3e6]);
  });

  it("is the amount of the receiver it follows", async () => {
    const funds = await facts(
      "Das Land Bayern fördert mit dem Programm „Digitales Rathaus“ die Kommunen. Die Gemeinde Langensendelbach erhält rund 14.650 und die Gemeinde Litzendorf rund 4.700 €.",
      "funds",
    );
    expect(
      funds
        .filter((f) => f.amount !== undefined)
        .map((f) => `${pair(f)} (${f.amount})`)
        .sort(),
    ).toEqual(["Bayern -> Langensendelbach (14650)", "Bayern -> Litzendorf (4700)"]);
  });
});
