/**
 * The chair of an organisation's administrative board in one word: "zum Verwaltungsratsvorsitzenden
 * der KGSt gewählt", "Dataport-Verwaltungsratsvorsitzender" chair the board as "Vorsitzender des
 * Verwaltungsrates" does; a successor's role is the successor's ("tritt die Nachfolge von A als
 * Präsidentin an") (sentences written for these tests; parses in tests/fixtures/parses/chairs-of-boards.json).
 */
import { describe, expect, it } from "vitest";
import { office, pair, portalItems } from "../../helpers/portal-item.js";

const { facts } = portalItems("chairs-of-boards");

describe("the chair of an administrative board", () => {
  it("chairs it, in one word as in two", async () => {
    const text = "Oberbürgermeister Ivo Holzinger wurde zum Verwaltungsratsvorsitzenden der KGSt gewählt.";
    expect((await facts(text, "chairs")).map(pair)).toEqual([
      "Ivo Holzinger -> Kommunale Gemeinschaftsstelle für Verwaltungsmanagement",
    ]);
    expect(
      (await facts("Dataport-Verwaltungsratsvorsitzender Michael Richter sprach zuerst.", "chairs")).map(
        pair,
      ),
    ).toEqual(["Michael Richter -> Dataport"]);
  });

  it("leaves a supervisory board's chair an office", async () => {
    const text = "Der Aufsichtsratsvorsitzende von Dataport, Michael Richter, sprach zuerst.";
    expect((await facts(text, "chairs")).map(pair)).toEqual([]);
    expect((await facts(text, "holdsOffice")).map(office)).toEqual([
      "Michael Richter -> Dataport (Aufsichtsratsvorsitzende)",
    ]);
  });
});

describe("a successor's role", () => {
  it("is the successor's, whatever the predecessor's gender", async () => {
    const text = "Anke Müller tritt zum 1. Mai die Nachfolge von Klaus Vitt als Präsidentin des BSI an.";
    expect((await facts(text, "holdsOffice")).map(office).sort()).toEqual([
      "Anke Müller -> Bundesamt für Sicherheit in der Informationstechnik (Präsidentin)",
      "Klaus Vitt -> Bundesamt für Sicherheit in der Informationstechnik (Präsident)",
    ]);
  });
});
