/**
 * The word-order reading of a chair ("leitet" with a body after it) stops at another verb: in
 * "leitet die BITBW und vertritt Baden-Württemberg im IT-Planungsrat" the body belongs to
 * "vertritt", and the person is its member, not its chair (sentences written for these tests;
 * parses in tests/fixtures/parses/chairs-not-across-verbs.json).
 */
import { describe, expect, it } from "vitest";
import type { FactType } from "../../../src/model/fact-types/index.js";
import { portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("chairs-not-across-verbs");
const read = async (text: string, type: FactType) =>
  (await facts(text, type)).map((f) => `${f.subject.name} -> ${f.object?.name ?? ""}`);

describe("a chair read from the word order", () => {
  it("is no chair of a body another verb stands before", async () => {
    const text = "Stefan Krebs leitet die BITBW und vertritt Baden-Württemberg im IT-Planungsrat.";
    expect(await read(text, "chairs")).toEqual([]);
    expect(await read(text, "memberOf")).toEqual(["Stefan Krebs -> IT-Planungsrat"]);
  });

  it("is still read where the body follows the verb of leading", async () => {
    expect(await read("Im Jahr 2025 führt Mecklenburg-Vorpommern den IT-Planungsrat.", "chairs")).toEqual([
      "Mecklenburg-Vorpommern -> IT-Planungsrat",
    ]);
  });
});
