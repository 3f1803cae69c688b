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

  it("gives an ordinal's full stop before a noun as a letter, not before a month", () => {
    expect(textForParsing("Der Rat hat in seiner 40. Sitzung die Strategie beschlossen.")).toBe(
      "Der Rat hat in seiner 40e Sitzung die Strategie beschlossen.",
    );
    for (const text of ["Am 14. Mai 2024 tagte der Rat.", "Beschluss 2021/05. Der Rat", "Seit 2019. Danach"])
      expect(textForParsing(text)).toBe(text);
  });

  it("gives a three-digit ordinal's full stop as a letter after an article only", () => {
    expect(textForParsing("Der Kreis ist das 100. Mitglied der KITU.")).toBe(
      "Der Kreis ist das 100e Mitglied der KITU.",
    );
    expect(textForParsing("Die Zahl stieg auf 150. Der Kreis tagte.")).toBe(
      "Die Zahl stieg auf 150. Der Kreis tagte.",
    );
  });

  it("leaves a single dash, a hyphen and dashes of two sentences alone", () => {
    for (const text of [
      "Auch Peter Kern macht einen Sprung – er wird Staatssekretär.",
      "Die Online-Dienste der Länder Baden-Württemberg und Nordrhein-Westfalen.",
      "Der Rat tagte – in Berlin. Dann sprach sie – kurz.",
    ])
      expect(textForParsing(text)).toBe(text);
  });
});

describe("a list's bullets", () => {
  it("reach the model as spaces, every offset kept", () => {
    const text = "Gewählt wurde:\n• Erster Vizepräsident X wird Präsident.\n  ▪ Y wird Vizepräsident.";
    const parsed = textForParsing(text);
    expect(parsed).toBe(
      "Gewählt wurde:\n  Erster Vizepräsident X wird Präsident.\n    Y wird Vizepräsident.",
    );
    expect(parsed).toHaveLength(text.length);
  });
});

describe("an agency's dateline joined by two hyphens", () => {
  it("reaches the model as a sentence of its own, every offset kept", () => {
    const text = "BERLIN (Dow Jones)--Der Ministerpräsident ist neuer Präsident des Bundesrates.";
    const parsed = textForParsing(text);
    expect(parsed).toBe("BERLIN (Dow Jones). Der Ministerpräsident ist neuer Präsident des Bundesrates.");
    expect(parsed).toHaveLength(text.length);
  });

  it("leaves two hyphens inside a sentence alone", () => {
    const text = "Der Rat (kurz IT-PLR)--so die Mitteilung--tagte in Berlin.";
    expect(textForParsing(text)).toBe(text);
  });
});

describe("an agency's dateline set off by a spaced dash", () => {
  it("reaches the model with a full stop for the dash, at a line's start and after a sentence, every offset kept", () => {
    const text = "Berlin (ots) - Der Verband wächst. Saarlouis (dpa/lrs) – Alkassar war Bevollmächtigter.";
    const parsed = textForParsing(text);
    expect(parsed).toBe(
      "Berlin (ots) . Der Verband wächst. Saarlouis (dpa/lrs) . Alkassar war Bevollmächtigter.",
    );
    expect(parsed).toHaveLength(text.length);
  });

  it("leaves a dash after a parenthesis inside a sentence alone", () => {
    const text = "Der Rat tagte mit dem Land (Sachsen) - und zwar in Dresden.";
    expect(textForParsing(text)).toBe(text);
  });
});

describe("a place's dateline", () => {
  it("reaches the model with a full stop for its colon or its spaced dash, every offset kept", () => {
    const cases: [string, string][] = [
      ["Ipsheim/ München: Mit dem Programm", "Ipsheim/ München. Mit dem Programm"],
      ["Merzenich / Aachen: Mit der Rufnummer", "Merzenich / Aachen. Mit der Rufnummer"],
      ["Bad Homburg – Die Stadt startet", "Bad Homburg . Die Stadt startet"],
      ["Der Rat tagte.\nErfurt - Das Kabinett hat", "Der Rat tagte.\nErfurt . Das Kabinett hat"],
    ];
    for (const [text, parsed] of cases) {
      expect(textForParsing(text)).toBe(parsed);
      expect(textForParsing(text)).toHaveLength(text.length);
    }
  });

  it("is not a noun phrase with its article, a place within a line or before a lower-case word", () => {
    for (const text of [
      "Der KDN – Dachverband kommunaler IT-Dienstleister setzt sein Programm fort.",
      "Die Stadt tagte in Erfurt: Das Kabinett hat beschlossen.",
      "Erfurt – das Kabinett hat beschlossen.",
    ])
      expect(textForParsing(text)).toBe(text);
  });
});

describe("an abbreviated amount of money", () => {
  it("reaches the model without the abbreviation's full stop, every offset kept", () => {
    const text = "Der Bund stellt 750 Mio. Euro bereit, das Land 1,4 Mrd. € und die Stadt 20 Tsd. EUR.";
    const parsed = textForParsing(text);
    expect(parsed).toBe(
      "Der Bund stellt 750 Mio  Euro bereit, das Land 1,4 Mrd  € und die Stadt 20 Tsd  EUR.",
    );
    expect(parsed).toHaveLength(text.length);
  });

  it("keeps a full stop that ends a sentence after the abbreviation", () => {
    for (const text of ["Es waren 5 Mio. Danach kam nichts.", "Die Stadt hat 5 Mio. Einwohner."])
      expect(textForParsing(text)).toBe(text);
  });
});

describe("a gender-inclusive form", () => {
  it("reaches the model as one word with the gap as a space after it, every offset kept", () => {
    const text =
      "Die Staatssekretär:innen A und B, die Bürger*innen, die Oberbürgermeister_in, die Mitarbeiter/-innen und die Bürger.";
    const parsed = textForParsing(text);
    expect(parsed).toBe(
      "Die Staatssekretärinnen  A und B, die Bürgerinnen , die Oberbürgermeisterin , die Mitarbeiterinnen   und die Bürger.",
    );
    expect(parsed).toHaveLength(text.length);
  });

  it("leaves a colon before a word, a capital I and a capital word alone", () => {
    for (const text of [
      "Er sagte: Innen wie außen",
      "Das Ziel:Innen und Außen",
      "Die Stadt Inden.",
      "Der Termin: in Berlin",
    ])
      expect(textForParsing(text)).toBe(text);
  });
});
