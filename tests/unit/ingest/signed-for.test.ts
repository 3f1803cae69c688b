/**
 * Signing for someone: "Für den Hessischen Landkreistag unterzeichnete Landrat Bernd Woide den
 * Pakt" is the association's adoption, as a minister's signature is the government's (sentences
 * written for these tests; parses in tests/fixtures/parses/signed-for.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("signed-for");
const adoptions = async (text: string) => (await facts(text, "adopts")).map(pairOrText).sort();

describe("a person signing for someone", () => {
  it("signs in their name", async () => {
    expect(
      await adoptions("Für den Hessischen Landkreistag unterzeichnete Landrat Bernd Woide den Zukunftspakt."),
    ).toEqual(["Hessischer Landkreistag -> Zukunftspakt"]);
  });

  it("signs in their own name where the phrase names no one to sign for", async () => {
    expect(
      await adoptions("Landrat Bernd Woide unterzeichnete für die Digitalisierung den Zukunftspakt."),
    ).toEqual(["Bernd Woide -> Zukunftspakt"]);
  });

  it("leaves a government's or an association's own signature alone", async () => {
    expect(
      await adoptions(
        "Das Land Hessen unterzeichnete gemeinsam mit dem Hessischen Städtetag den Zukunftspakt.",
      ),
    ).toEqual(["Hessen -> Zukunftspakt", "Hessischer Städtetag -> Zukunftspakt"]);
  });
});
