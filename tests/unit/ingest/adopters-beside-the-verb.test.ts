/**
 * A parliament that adopts a named law, read by the parser with the law as the subject and the
 * parliament as a bare argument beside the verb ("Der Bundestag hat das Onlinezugangsgesetz
 * beschlossen")
 * (sentences written for these tests; parses in tests/fixtures/parses/adopters-beside-the-verb.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("adopters-beside-the-verb");
const adoptions = async (text: string) => (await facts(text, "adopts")).map(pairOrText);

describe("a parliament beside the verb", () => {
  it("adopts the law the parser took for the subject", async () => {
    expect(await adoptions("Der Bundestag hat das Onlinezugangsgesetz beschlossen.")).toEqual([
      "Deutscher Bundestag -> Onlinezugangsgesetz",
    ]);
    expect(await adoptions("Der Hessische Landtag hat das Digitalgesetz beschlossen.")).toEqual([
      "Hessischer Landtag -> Digitalgesetz",
    ]);
  });

  it("not where it is denied", async () => {
    expect(await adoptions("Der Bundestag hat das Onlinezugangsgesetz nicht beschlossen.")).toEqual([]);
  });

  it("while a subject that decides keeps deciding", async () => {
    expect(await adoptions("Der Bundesrat hat den Haushalt beschlossen.")).toEqual(["Bundesrat -> Haushalt"]);
  });
});
