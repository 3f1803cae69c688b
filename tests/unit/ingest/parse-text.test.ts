/** The text the language model parses (src/ingest/parse/parse-text.ts). */
import { describe, expect, it } from "vitest";
import { textForParsing } from "../../../src/ingest/parse/parse-text.js";

describe("the text for parsing", () => {
  it("gives a parenthesis set off by two dashes as commas, every offset kept", () => {
    const text = "Thomas Karmasin (CSU) – Landrat des Landkreises Fürstenfeldbruck – wurde gewählt.";
    const parsed = textForParsing(text);
    expect(parsed).toBe("Thomas Karmasin (CSU) , Landrat des Landkreises Fürstenfeldbruck , wurde gewählt.");
    expect(parsed.length).toBe(text.length);
  });

  it("leaves a single dash, a dateline, a hyphen and dashes of two sentences alone", () => {
    for (const text of [
      "Auch Peter Kern macht einen Sprung – er wird Staatssekretär.",
      "Berlin (ots) - Der Verband begrüßt ein neues Mitglied.",
      "Die Online-Dienste der Länder Baden-Württemberg und Nordrhein-Westfalen.",
      "Der Rat tagte – in Berlin. Dann sprach sie – kurz.",
    ])
      expect(textForParsing(text)).toBe(text);
  });
});
