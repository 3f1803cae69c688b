/**
 * "Als eine von vier Pilotkommunen bietet die Stadt Rostock ... an": the pronoun of "als eine von
 * ..." is a predicate of the subject, not the subject, and the subject holds the role of the many
 * (a pilot of the service it offers); and an object after two joined adverbs
 * ("bietet erstmals und ab sofort die Wohnsitzanmeldung an") is the verb's object (sentences
 * written for these tests; parses in tests/fixtures/parses/one-of-many.json).
 */
import { describe, expect, it } from "vitest";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("one-of-many");
const read = async (text: string) =>
  (await facts(text, ["usesService", "participatesIn", "adopts"]))
    .map((f) => `${f.type} ${pairOrText(f)}`)
    .sort();

describe("one of many", () => {
  it("is what the subject after the verb is, not the subject", async () => {
    expect(
      await read(
        "Als eine von vier Pilotkommunen bietet die Stadt Rostock die elektronische Wohnsitzanmeldung an.",
      ),
    ).toEqual([
      "participatesIn Rostock -> OZG-Leistung Wohnsitzanmeldung",
      "usesService OZG-Leistung Wohnsitzanmeldung -> Rostock",
    ]);
    expect(
      await read(
        "Als einer von zwölf Landkreisen nimmt der Landkreis Kronach am Modellprojekt „Smarte Region“ teil.",
      ),
    ).toEqual(["participatesIn Landkreis Kronach -> Smarte Region"]);
  });

  it("leaves a subject the parser found alone", async () => {
    expect(await read("Als eines von drei Ländern hat Hessen die Digitalstrategie beschlossen.")).toEqual([
      "adopts Hessen -> Digitalstrategie",
    ]);
  });
});

describe("an object after two joined adverbs", () => {
  it("is the verb's object, the verb's particle its own", async () => {
    expect(
      await read("Die Stadt Kiel bietet erstmals und ab sofort die elektronische Wohnsitzanmeldung an."),
    ).toEqual(["usesService OZG-Leistung Wohnsitzanmeldung -> Kiel"]);
    expect(await read("Die Stadt Kiel setzt ab sofort und landesweit den digitalen Bauantrag ein.")).toEqual([
      "usesService OZG-Leistung Bauantrag -> Kiel",
    ]);
  });

  it("is not read where the verb has an object", async () => {
    expect(await read("Die Stadt Kiel bietet den Dienst erstmals und ab sofort an.")).toEqual([]);
  });
});
