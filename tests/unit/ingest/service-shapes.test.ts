/**
 * Services and their users in shapes of municipal eGovernment news the older rules missed:
 *   - names: a service's kind word and its name ("Online-Dienst Wohngeld"), a product name by its
 *     letters ("OpenR@thaus", "Kommune365"), a known service by its medium ("der digitale
 *     Bauantrag"), a small town with its river ("Neustadt an der Waldnaab");
 *   - verbs: a separable verb written as one word in a subordinate clause, "über X anbieten",
 *     "an den Start gehen", a demonstrative that stands for the service named before;
 *   - actors: an organisation named after its kind noun ("der IT-Dienstleister Dataport"), which
 *     develops but does not lead; a Land's government named with its Land; the country is no user
 * (sentences written for these tests; parses in tests/fixtures/parses/service-shapes.json).
 */
import { describe, expect, it } from "vitest";
import type { FactType } from "../../../src/model/vocabulary.js";
import { pairOrText, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("service-shapes");

/** The facts of one type as "subject -> object or text", sorted. */
async function pairs(type: FactType, text: string): Promise<string[]> {
  return (await facts(text, type)).map(pairOrText).sort();
}

describe("service names", () => {
  it("reads a product name with an at sign after its kind word", async () => {
    expect(
      await pairs(
        "usesService",
        "Seit Mai bietet der Landkreis Cuxhaven über die Plattform OpenR@thaus 120 Leistungen online an.",
      ),
    ).toEqual(["OpenR@thaus -> Landkreis Cuxhaven"]);
  });

  it("reads a product name that ends in digits", async () => {
    expect(await pairs("usesService", "Die Stadt Emden nutzt seit Juli die Plattform Kommune365.")).toEqual([
      "Kommune365 -> Emden",
    ]);
  });

  it("reads a known service by its medium, used in a small town named with its river", async () => {
    expect(
      await pairs(
        "usesService",
        "Der digitale Bauantrag ist seit März in Neustadt an der Waldnaab verfügbar.",
      ),
    ).toEqual(["OZG-Leistung Bauantrag -> Neustadt a.d.Waldnaab"]);
  });
});

describe("service verbs", () => {
  it("reads a separable verb written as one word in a subordinate clause", async () => {
    expect(
      await pairs(
        "usesService",
        "Die Regierung teilte mit, dass die Stadt Augsburg den Online-Dienst Wohngeld im Mai einführt.",
      ),
    ).toEqual(["Online-Dienst Wohngeld -> Augsburg"]);
  });

  it("reads a demonstrative as the service named before it in the sentence", async () => {
    expect(
      await pairs(
        "usesService",
        "Der Online-Dienst Elterngeld wurde in Bremen entwickelt, Niedersachsen nutzt diesen nach.",
      ),
    ).toEqual(["Online-Dienst Elterngeld -> Niedersachsen"]);
  });

  it("gives a service that went live in towns to each town", async () => {
    expect(
      await pairs(
        "usesService",
        "Der Online-Dienst Ummeldung kommt aus Hamburg. Der Dienst ist im Mai in Kiel und Lübeck an den Start gegangen.",
      ),
    ).toEqual(["Online-Dienst Ummeldung -> Kiel", "Online-Dienst Ummeldung -> Lübeck"]);
  });

  it("reads a known service named before its users, whatever the parser takes for the subject", async () => {
    expect(
      await pairs(
        "usesService",
        "Die Digitalisierungsplattform civento nutzen inzwischen die Städte Kassel und Fulda.",
      ),
    ).toEqual(["civento -> Fulda", "civento -> Kassel"]);
  });

  it("does not make the Bund a user where the country only says where", async () => {
    const found = await pairs(
      "usesService",
      "Die Ausländerbehörde Köln ist eine von 120 in Deutschland, die den Online-Dienst Aufenthaltstitel einsetzt.",
    );
    expect(found.filter((p) => p.endsWith("-> Bund"))).toEqual([]);
  });
});

describe("actors", () => {
  it("lets a Land that develops a service lead it, not the IT service provider named after its kind noun", async () => {
    expect(
      await pairs(
        "leads",
        "Die Plattform „Mein Unternehmenskonto“ wurde vom Land Bremen und seinem IT-Dienstleister Dataport entwickelt.",
      ),
    ).toEqual(["Bremen -> Mein Unternehmenskonto"]);
  });

  it("reads a Land's government named with its Land as the Land", async () => {
    expect(
      await pairs("adopts", "Die Landesregierung Sachsen hat die Digitalstrategie des Landes beschlossen."),
    ).toEqual(["Sachsen -> Digitalstrategie des Landes"]);
  });
});
