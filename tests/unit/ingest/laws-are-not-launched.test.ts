/**
 * A law is adopted, never launched: where only the word order reads a launch ("eingeführt"), a
 * law the sentence names is not what was launched (sentences written for these tests; parses in
 * tests/fixtures/parses/laws-are-not-launched.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("laws-are-not-launched");
const launches = async (text: string) => (await facts(text, "launches")).map(pair);

describe("a law named beside a launch", () => {
  it("is not launched", async () => {
    expect(
      await launches(
        "Bremen baut das Datenschutzcockpit auf. Hierfür wird eine einheitliche ID-Nummer in für das Onlinezugangsgesetz relevanten Registern eingeführt.",
      ),
    ).not.toContain("Bremen -> Onlinezugangsgesetz");
  });
});
