/**
 * Joining a body with "beitreten" in the perfect: "Lecos ist der Vitako beigetreten" has Lecos
 * join Vitako, not Vitako join Lecos, where the parser reads two subjects; "Im Mai ist Hessen der
 * Govdigital eG beigetreten" where it hangs the body on the subject (sentences written for these
 * tests; parses in tests/fixtures/parses/joining-a-body.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("joining-a-body");
const members = async (text: string) => (await facts(text, "memberOf")).map(pair);

describe("joining a body", () => {
  it("has the one before the finite verb join the body after it", async () => {
    expect(await members("Lecos ist der Vitako beigetreten.")).toEqual(["Lecos -> Vitako"]);
    expect(await members("Bremen ist der Govdigital eG beigetreten.")).toEqual(["Bremen -> Govdigital eG"]);
  });

  it("reads the body the parser hung on the subject", async () => {
    expect(await members("Im Mai ist Hessen der Govdigital eG beigetreten.")).toEqual([
      "Hessen -> Govdigital eG",
    ]);
  });
});
