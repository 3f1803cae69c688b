/**
 * A full name in the genitive before its noun: "Jan Maiers Nachfolgerin ist Anna Beck" names Jan
 * Maier; a surname whose own last letter is "s" keeps it (sentences written for these tests;
 * parses in tests/fixtures/parses/names-in-the-genitive.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("names-in-the-genitive");
const successions = async (text: string) => (await facts(text, "succeeds")).map(pair).sort();

describe("a name in the genitive before its noun", () => {
  it("names the person without the genitive's ending", async () => {
    expect(await successions("Jan Maiers Nachfolgerin ist Anna Beck.")).toEqual(["Anna Beck -> Jan Maier"]);
  });

  it("keeps a surname that ends in its own s", async () => {
    expect(await successions("Anna Fuchs Nachfolger ist Jan Maier.")).toEqual(["Jan Maier -> Anna Fuchs"]);
  });
});
