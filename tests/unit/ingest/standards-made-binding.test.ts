/**
 * A standard made binding is adopted: "Der IT-Planungsrat hat den Standard XÖV für verbindlich
 * erklärt" (the name the parser splits off its kind noun says what; one adoption, not two); a
 * statement that something is binding, or a refusal, adopts nothing
 * (sentences written for these tests; parses in tests/fixtures/parses/standards-made-binding.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("standards-made-binding");
const adoptions = async (text: string) => (await facts(text, "adopts")).map(pairOrText);

describe("a standard declared binding", () => {
  it("is adopted once, by its name", async () => {
    expect(await adoptions("Der IT-Planungsrat hat den Standard XÖV für verbindlich erklärt.")).toEqual([
      "IT-Planungsrat -> XÖV",
    ]);
  });

  it("is not adopted when refused or merely said to be binding", async () => {
    expect(await adoptions("Der IT-Planungsrat erklärte den Standard XÖV nicht für verbindlich.")).toEqual(
      [],
    );
    expect(await adoptions("Der Minister erklärte, die Regeln seien verbindlich.")).toEqual([]);
  });
});
