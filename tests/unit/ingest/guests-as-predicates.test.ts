/**
 * A guest named by the copula's predicate: "Bundesminister Volker Wissing war als Gast beim
 * D16-Treffen in München" (sentences written for these tests; parses in
 * tests/fixtures/parses/guests-as-predicates.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("guests-as-predicates");
const participants = async (text: string) => (await facts(text, "participatesIn")).map(pair).sort();

describe("a guest at a body's meeting", () => {
  it("takes part in the body where the guest noun is the predicate", async () => {
    expect(
      await participants("Bundesminister Volker Wissing war als Gast beim D16-Treffen in München."),
    ).toEqual(["Volker Wissing -> D16"]);
    expect(
      await participants("Volker Wissing war als Gast beim D16-Treffen, das in München stattfand."),
    ).toEqual(["Volker Wissing -> D16"]);
  });

  it("as in a relative clause, and not where the visit is denied", async () => {
    expect(
      await participants(
        "Volker Wissing, der als Gast beim D16-Treffen war, betonte die Bedeutung der Zusammenarbeit.",
      ),
    ).toEqual(["Volker Wissing -> D16"]);
    expect(await participants("Volker Wissing war nicht als Gast beim D16-Treffen.")).toEqual([]);
  });
});
