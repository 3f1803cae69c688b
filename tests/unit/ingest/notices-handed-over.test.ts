/**
 * Funding notices received and handed over: received from the one named in the notice's genitive,
 * where the parser reads "haben" as the verb and the participle at the clause's end as a marker
 * ("hat den Förderbescheid des hessischen Innenministeriums erhalten"); handed over by a minister
 * named with her Land in the genitive, whom the parser reads as the recipient ("konnte Hessens
 * Digitalministerin X an den Odenwaldkreis überreichen") (sentences written for these tests;
 * parses in tests/fixtures/parses/notices-handed-over.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("notices-handed-over");
const funds = async (text: string) => (await facts(text, "funds")).map(pair).sort();

describe("a funding notice received", () => {
  it("is funding by the one in its genitive", async () => {
    expect(
      await funds("Der Landkreis Gießen hat den Förderbescheid des hessischen Innenministeriums erhalten."),
    ).toEqual(["Hessisches Innenministerium -> Landkreis Gießen"]);
  });

  it("is none where it was not received", async () => {
    expect(
      await funds(
        "Der Landkreis Gießen hat den Förderbescheid des hessischen Innenministeriums nicht erhalten.",
      ),
    ).toEqual([]);
  });
});

describe("a funding notice handed over by a minister", () => {
  it("funds the one it goes to, never the minister", async () => {
    expect(
      await funds(
        "Die ersten beiden Bewilligungsbescheide konnte Hessens Digitalministerin Kristina Sinemus an den Odenwaldkreis überreichen.",
      ),
    ).toEqual(["Hessen -> Odenwaldkreis"]);
  });
});
