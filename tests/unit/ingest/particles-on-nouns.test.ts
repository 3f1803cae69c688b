/**
 * A verb's particle the parser hangs on a noun: "Der Landkreis Gießen nimmt als eine von fünf
 * Modellkommunen am Projekt X teil" is "teilnehmen" all the same (sentences written for these
 * tests; parses in tests/fixtures/parses/particles-on-nouns.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("particles-on-nouns");
const participations = async (text: string) => (await facts(text, "participatesIn")).map(pair).sort();

describe("a particle hung on a noun", () => {
  it("is the verb's", async () => {
    expect(
      await participations(
        "Der Landkreis Gießen nimmt als eine von fünf Modellkommunen am Projekt „Digitale Dörfer“ teil.",
      ),
    ).toEqual(["Landkreis Gießen -> Digitale Dörfer"]);
  });

  it("leaves a verb with a particle of its own alone", async () => {
    expect(
      await participations("Der Landkreis Gießen nimmt am Projekt „Digitale Dörfer“ nicht teil."),
    ).toEqual([]);
  });
});
