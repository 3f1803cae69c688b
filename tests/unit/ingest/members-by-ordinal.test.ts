/**
 * A member counted by a three-digit ordinal: "Der Landkreis Anhalt-Bitterfeld ist das 100. Mitglied
 * der KITU" is one sentence, not two at the ordinal's full stop (sentences written for these
 * tests; parses in tests/fixtures/parses/members-by-ordinal.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("members-by-ordinal");
const memberships = async (text: string) => (await facts(text, "memberOf")).map(pair).sort();

describe("a member counted by its ordinal", () => {
  it("is a member, with three digits as with two", async () => {
    expect(await memberships("Der Landkreis Anhalt-Bitterfeld ist das 100. Mitglied der KITU.")).toEqual([
      "Landkreis Anhalt-Bitterfeld -> Kommunale IT-UNION",
    ]);
    expect(await memberships("Der Landkreis Stendal ist das 17. Mitglied der KITU.")).toEqual([
      "Landkreis Stendal -> Kommunale IT-UNION",
    ]);
  });

  it("leaves a number that ends a sentence to end it", async () => {
    expect(
      await memberships(
        "Die Zahl der Mitglieder stieg auf 150. Der Landkreis Stendal ist der KITU beigetreten.",
      ),
    ).toEqual(["Landkreis Stendal -> Kommunale IT-UNION"]);
  });
});
