/**
 * A predicate of leading that opens the sentence: "Verantwortlich für das Projekt X ist die
 * FITKO", "Zuständig für das Themenfeld Y sind A und B", "Verantwortlich für das Projekt ist das
 * Land Hessen" (the item's project). The parser reads the order in many ways; the words' order
 * decides. A negation, or a topic that is no project ("für den Inhalt"), states nothing
 * (sentences written for these tests; parses in tests/fixtures/parses/fronted-leads.json).
 */
import { describe, expect, it } from "vitest";
import { pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("fronted-leads");
const leads = async (text: string) => (await facts(text, "leads")).map(pair);

describe("a fronted predicate of leading", () => {
  it("gives the names after the copula the project named", async () => {
    expect(await leads("Verantwortlich für das Projekt FIT-Connect ist die FITKO.")).toEqual([
      "FITKO -> FIT-Connect",
    ]);
    expect(await leads("Zuständig für das Themenfeld Gesundheit sind Berlin und Hamburg.")).toEqual([
      "Berlin -> OZG-Themenfeld Gesundheit",
      "Hamburg -> OZG-Themenfeld Gesundheit",
    ]);
  });

  it("gives a bare 'das Projekt' the item's project", async () => {
    expect(
      await leads(
        "Das Projekt Digitale Dörfer startet im Mai. Verantwortlich für das Projekt ist das Land Hessen.",
      ),
    ).toEqual(["Hessen -> Projekt Digitale Dörfer"]);
  });

  it("states nothing negated or of a topic that is no project", async () => {
    expect(
      await leads(
        "Das Projekt Digitale Dörfer startet im Mai. Nicht verantwortlich für das Projekt ist das Land Hessen.",
      ),
    ).toEqual([]);
    expect(await leads("Verantwortlich für den Inhalt ist die Redaktion.")).toEqual([]);
  });
});
