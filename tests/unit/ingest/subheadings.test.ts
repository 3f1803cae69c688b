/**
 * A subheading run into the next sentence gets a line of its own: a preposition, an article, a
 * pronoun or a sentence adverb with a capital, after a word of the same line, starts a sentence.
 */
import { describe, expect, it } from "vitest";
import { readItems } from "../../../src/ingest/input/read-items.js";
import { subheadingsOnTheirOwnLines } from "../../../src/ingest/input/subheadings.js";

describe("a subheading run into a sentence", () => {
  it("ends before a capitalised preposition", () => {
    expect(
      subheadingsOnTheirOwnLines(
        "Förderung als Stadtstrategie Unter den Gewinnern sind die Städte Jena und Gera.",
      ),
    ).toBe("Förderung als Stadtstrategie\nUnter den Gewinnern sind die Städte Jena und Gera.");
  });

  it("ends before a capitalised article, after a name", () => {
    expect(
      subheadingsOnTheirOwnLines(
        "Neue Leitung: Staatssekretärin Anna Beispiel Das Kabinett hat beschlossen.",
      ),
    ).toBe("Neue Leitung: Staatssekretärin Anna Beispiel\nDas Kabinett hat beschlossen.");
  });

  it("keeps every offset", () => {
    const text = "Digitale Verwaltung im Land Seit Januar gilt das Gesetz. Es regelt viel.";
    expect(subheadingsOnTheirOwnLines(text)).toHaveLength(text.length);
  });

  it("reaches the items the input phase reads", () => {
    const [item] = readItems(
      JSON.stringify({
        url: "https://example.org/a",
        title: "Meldung",
        publishedAt: "2024-03-01",
        text: "Neue Runde im Programm Mit dem Aufruf startet die zweite Runde.",
      }),
    );
    expect(item!.text).toBe("Neue Runde im Programm\nMit dem Aufruf startet die zweite Runde.");
  });
});

describe("no subheading", () => {
  it("in a quoted title", () => {
    const text = 'Die Staffel steht unter dem Motto "Gemeinsam aus der Krise Mit Zuversicht" und beginnt.';
    expect(subheadingsOnTheirOwnLines(text)).toBe(text);
  });

  it("after a lone dateline word", () => {
    const text = "Saarbrücken Der saarländische Ministerpräsident sprach.";
    expect(subheadingsOnTheirOwnLines(text)).toBe(text);
  });

  it("before the formal Sie or a name that starts with an article", () => {
    const text = "Schön, dass Sie Mitglied sind, sagte die Fraktion Die Linke.";
    expect(subheadingsOnTheirOwnLines(text)).toBe(text);
  });
});
