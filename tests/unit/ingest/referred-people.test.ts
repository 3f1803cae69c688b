/**
 * A subject "er", or "sie" with a verb in the singular, is the person of that gender the item
 * named last, for launches and leads as for funding (funding-actors.test.ts); a plural "sie" and
 * an "er" with no man named before are no one (sentences written for these tests; parses in
 * tests/fixtures/parses/referred-people.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("referred-people");

async function launches(text: string): Promise<string[]> {
  return (await facts(text, "launches")).map(pairOrText).sort();
}

describe("a person referred to", () => {
  it("launches what she presents", async () => {
    expect(
      await launches(
        "Digitalministerin Anna Beispiel besuchte Jena. Dort stellte sie das Portal „Bürgerservice Thüringen“ vor.",
      ),
    ).toEqual(["Anna Beispiel -> Bürgerservice Thüringen"]);
  });

  it("is less certain than one named", async () => {
    const [named] = await facts(
      "Digitalministerin Anna Beispiel stellte in Jena das Portal „Bürgerservice Thüringen“ vor.",
      "launches",
    );
    const [referred] = await facts(
      "Digitalministerin Anna Beispiel besuchte Jena. Dort stellte sie das Portal „Bürgerservice Thüringen“ vor.",
      "launches",
    );
    expect(referred!.confidence).toBeLessThan(named!.confidence);
  });

  it("is no one for a plural sie", async () => {
    expect(
      await launches(
        "Digitalministerin Anna Beispiel besuchte Jena. Dort stellten sie das Portal „Bürgerservice Sachsen“ vor.",
      ),
    ).toEqual([]);
  });

  it("is no one where no man was named before er", async () => {
    expect(
      await launches(
        "Digitalministerin Anna Beispiel besuchte Jena. Dort stellte er das Portal „Bürgerservice Sachsen“ vor.",
      ),
    ).toEqual([]);
  });
});
